package dev.shelfsync.contracts.adapter;

/** Whether Amazon released the device slot. */
public record DeregisterResult(boolean deregistered) {
}
