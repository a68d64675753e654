package dev.shelfsync.tracker.adapter;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Times every call of the annotated adapter client methods, with the outcome the caller saw ({@link AdapterCallMetrics}). */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeasuredAdapterCall {
}
