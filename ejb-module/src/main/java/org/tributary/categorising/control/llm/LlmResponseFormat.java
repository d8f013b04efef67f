package org.tributary.categorising.control.llm;

import java.util.Locale;

/**
 * How the answer's shape is asked for. OpenAI enforces a JSON schema ({@code response_format: json_schema});
 * Ollama's OpenAI-compatible API honours it in recent versions, older ones and some llama-server builds only
 * {@code json_object} or nothing. The answer is read defensively whatever is chosen: the format only makes a
 * well-formed answer more likely.
 */
public enum LlmResponseFormat {
    /** {@code response_format: {type: json_schema, strict: true}}: the categories as an enum. */
    JSON_SCHEMA,
    /** {@code response_format: {type: json_object}}: any JSON object; the shape is asked for in words. */
    JSON_OBJECT,
    /** No {@code response_format}: the shape is asked for in words only. */
    TEXT;

    /** {@code json_schema}, {@code json-object}, {@code TEXT}, … */
    public static LlmResponseFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return JSON_SCHEMA;
        }
        return valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
