package id.sirakor.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing text comes from the bundle {@code id.sirakor.messages}: Indonesian first. */
public final class Messages {

    public static final String BUNDLE = "id.sirakor.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : INDONESIAN;
        return ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale == null ? INDONESIAN : locale).format(args);
    }
}
