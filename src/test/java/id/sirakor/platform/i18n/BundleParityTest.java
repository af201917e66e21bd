package id.sirakor.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Indonesian default bundles and their English translations must carry the same keys and placeholders. */
class BundleParityTest {

    private static final String FOLDER = "id/sirakor/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void messagesHaveTheSameKeys() throws IOException {
        assertSameKeys("messages.properties", "messages_en.properties");
    }

    @Test
    void facesMessagesHaveTheSameKeys() throws IOException {
        assertSameKeys("faces.properties", "faces_en.properties");
    }

    /** A key written twice is silently the later one (java.util.Properties): two texts fight over one key. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_en.properties", "faces.properties", "faces_en.properties")) {
            try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in == null) {
                    continue;
                }
                Set<String> seen = new TreeSet<>();
                int n = 0;
                boolean continued = false;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    n++;
                    boolean wasContinued = continued;
                    continued = line.endsWith("\\") && !line.endsWith("\\\\");
                    if (wasContinued) {
                        continue;
                    }
                    String t = line.strip();
                    int eq = t.indexOf('=');
                    if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || eq <= 0 || line.startsWith(" ")) {
                        continue;
                    }
                    String key = t.substring(0, eq).strip();
                    if (!seen.add(key)) {
                        problems.add(file + ":" + n + " " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Keys written twice:\n  " + String.join("\n  ", problems));
    }

    @Test
    void messagesUseTheSamePlaceholders() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(id.stringPropertyNames())) {
            String translated = en.getProperty(key);
            if (translated == null) {
                continue; // reported by messagesHaveTheSameKeys
            }
            Set<Integer> expected = placeholders(id.getProperty(key));
            Set<Integer> actual = placeholders(translated);
            if (!expected.equals(actual)) {
                problems.add(key + ": messages.properties " + expected + " vs messages_en.properties " + actual);
            }
        }
        assertTrue(problems.isEmpty(), "Placeholders differ:\n  " + String.join("\n  ", problems));
    }

    @Test
    void messagesAreValidMessageFormatPatterns() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                if (!PLACEHOLDER.matcher(value).find()) {
                    continue;
                }
                Object[] args = sampleArgs(value);
                String formatted;
                try {
                    formatted = new MessageFormat(value).format(args);
                } catch (RuntimeException e) {
                    problems.add(file + " " + key + ": " + e);
                    continue;
                }
                // A lone apostrophe quotes the rest of the pattern, so a placeholder silently prints as text.
                for (int i : placeholders(value)) {
                    if (!formatted.contains((String) args[i])) {
                        problems.add(file + " " + key + ": {" + i + "} is not substituted"
                                + " (a single quote must be doubled: '')");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "Invalid MessageFormat patterns:\n  " + String.join("\n  ", problems));
    }

    private static void assertSameKeys(String base, String translation) throws IOException {
        Set<String> baseKeys = new TreeSet<>(load(base).stringPropertyNames());
        Set<String> translationKeys = new TreeSet<>(load(translation).stringPropertyNames());
        Set<String> missingInTranslation = new TreeSet<>(baseKeys);
        missingInTranslation.removeAll(translationKeys);
        Set<String> missingInBase = new TreeSet<>(translationKeys);
        missingInBase.removeAll(baseKeys);
        assertTrue(missingInTranslation.isEmpty() && missingInBase.isEmpty(),
                "Keys missing in " + translation + ": " + missingInTranslation
                        + "; keys missing in " + base + ": " + missingInBase);
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            indexes.add(Integer.valueOf(m.group(1)));
        }
        return indexes;
    }

    private static Object[] sampleArgs(String value) {
        int max = -1;
        for (int i : placeholders(value)) {
            max = Math.max(max, i);
        }
        Object[] args = new Object[max + 1];
        for (int i = 0; i < args.length; i++) {
            args[i] = "\u00a7arg" + i + "\u00a7";
        }
        return args;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertNotNull(in, name + " not found on the classpath under " + FOLDER);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        if (p.isEmpty()) {
            fail(name + " is empty");
        }
        return p;
    }
}
