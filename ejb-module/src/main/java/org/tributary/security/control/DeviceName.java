package org.tributary.security.control;

import java.util.List;
import java.util.Map;

/**
 * A short name for the device a session signed in from, for the list of sessions: the browser and the
 * system as a User-Agent header names them ("Firefox on Windows"), or the header's start if it names
 * neither. Only recognises the common names; the header is at most 300 characters (ClientInfo).
 */
public final class DeviceName {

    // Order matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux".
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"),
            Map.entry("Firefox/", "Firefox"),
            Map.entry("Chromium/", "Chromium"),
            Map.entry("HeadlessChrome/", "Chrome"),
            Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"),
            Map.entry("curl/", "curl"),
            Map.entry("Java-http-client/", "Java"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"),
            Map.entry("iPad", "iPad"),
            Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"),
            Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private DeviceName() {}

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String browser = first(BROWSERS, userAgent);
        String system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            String start = userAgent.strip();
            return start.length() <= 60 ? start : start.substring(0, 60);
        }
        if (browser == null) {
            return system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        for (Map.Entry<String, String> name : names) {
            if (userAgent.contains(name.getKey())) {
                return name.getValue();
            }
        }
        return null;
    }
}
