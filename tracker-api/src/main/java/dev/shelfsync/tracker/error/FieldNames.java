package dev.shelfsync.tracker.error;

/** Java property names as they appear in JSON (the application's Jackson naming is SNAKE_CASE). */
final class FieldNames {

    private FieldNames() {
    }

    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                if (!out.isEmpty()) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
