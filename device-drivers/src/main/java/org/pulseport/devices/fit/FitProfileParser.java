package org.pulseport.devices.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the profile data table format described at the top of {@code profile.txt}. */
final class FitProfileParser {

    private record PendingField(int line, int number, String name, FitBaseType type, Map<String, String> options) {
    }

    private record PendingMessage(int number, String name, List<PendingField> fields) {
    }

    FitProfile parse(String text) {
        List<PendingField> common = new ArrayList<>();
        List<PendingMessage> messages = new ArrayList<>();
        List<PendingField> current = null;
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            try {
                if (tokens[0].equals("common")) {
                    current = common;
                } else if (tokens[0].equals("message")) {
                    PendingMessage message = new PendingMessage(Integer.parseInt(tokens[1]), tokens[2], new ArrayList<>());
                    messages.add(message);
                    current = message.fields();
                } else if (current == null) {
                    throw new IllegalArgumentException("field outside a message");
                } else {
                    current.add(field(i + 1, tokens));
                }
            } catch (RuntimeException e) {
                throw lineError(i + 1, e);
            }
        }
        List<FieldProfile> commonFields = resolve(common, common);
        List<MessageProfile> resolved = new ArrayList<>();
        for (PendingMessage message : messages) {
            resolved.add(new MessageProfile(message.number(), message.name(), resolve(message.fields(), common)));
        }
        return new FitProfile(resolved, commonFields);
    }

    private static IllegalStateException lineError(int line, RuntimeException cause) {
        return new IllegalStateException("FIT profile line " + line + ": " + cause.getMessage(), cause);
    }

    private static PendingField field(int line, String[] tokens) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int t = 3; t < tokens.length; t++) {
            int eq = tokens[t].indexOf('=');
            options.put(eq < 0 ? tokens[t] : tokens[t].substring(0, eq), eq < 0 ? "" : tokens[t].substring(eq + 1));
        }
        FitBaseType type = FitBaseType.valueOf(tokens[2].toUpperCase(Locale.ROOT));
        return new PendingField(line, Integer.parseInt(tokens[0]), tokens[1], type, options);
    }

    private static List<FieldProfile> resolve(List<PendingField> own, List<PendingField> common) {
        Map<Integer, PendingField> all = new LinkedHashMap<>();
        common.forEach(f -> all.put(f.number(), f));
        own.forEach(f -> all.put(f.number(), f));
        Map<String, Integer> numbersByName = new LinkedHashMap<>();
        all.values().forEach(f -> numbersByName.put(f.name(), f.number()));
        List<FieldProfile> fields = new ArrayList<>();
        for (PendingField f : all.values()) {
            Map<String, String> o = f.options();
            try {
                fields.add(new FieldProfile(f.number(), f.name(), f.type(),
                        Double.parseDouble(o.getOrDefault("scale", "1")),
                        Double.parseDouble(o.getOrDefault("offset", "0")),
                        o.getOrDefault("units", ""),
                        o.containsKey("accumulate"),
                        components(o.getOrDefault("components", ""), numbersByName)));
            } catch (RuntimeException e) {
                throw lineError(f.line(), e);
            }
        }
        return fields;
    }

    private static List<ComponentProfile> components(String spec, Map<String, Integer> numbersByName) {
        List<ComponentProfile> components = new ArrayList<>();
        if (spec.isEmpty()) {
            return components;
        }
        for (String component : spec.split(",")) {
            String[] parts = component.split(":");
            Integer target = numbersByName.get(parts[0]);
            if (target == null) {
                throw new IllegalArgumentException("component target " + parts[0] + " is not a field of this message");
            }
            components.add(new ComponentProfile(target, Integer.parseInt(parts[1]), Double.parseDouble(parts[2]),
                    Double.parseDouble(parts[3]), parts.length > 4 && parts[4].equals("acc")));
        }
        return components;
    }
}
