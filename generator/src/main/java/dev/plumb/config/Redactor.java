package dev.plumb.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes passwords from text before anyone sees it, where they stand as passwords: {@code password=...} parameters
 * (of JDBC URLs, {@code --password=...}, {@code PLUMB_PASSWORD=...}), {@code --password VALUE}, the userinfo of a URL
 * ({@code user:secret@host}), and a known password echoed as a quoted command-line argument ({@code 'secret'}, as
 * picocli quotes the arguments it rejects). Nothing else: masking every occurrence of the password's text garbles
 * URLs and user names that happen to contain it ({@code jdbc:****ql://...} for the password {@code postgres}) and
 * tells the reader what the password is not. Every message and stack trace the CLI prints goes through here.
 */
public final class Redactor {

    public static final String MASK = "****";

    private static final Pattern URL_PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|passwd|pwd|sslpassword)\\s*=)(?!\\*{4}(?:[&;\\s:]|$))[^&;\\s]*");
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]*@");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(--password\\s+)(?!\\*{4}(?:\\s|$))[^\\s']+");

    private final List<String> secrets;

    private Redactor(Collection<String> secrets) {
        // longest first, so that a password containing another one is masked whole
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A redactor that knows no password and masks only URL parameters. */
    public static Redactor urlsOnly() {
        return new Redactor(List.of());
    }

    /** A redactor that also masks {@code password} where it is echoed as a quoted argument. */
    public static Redactor forPassword(Optional<String> password) {
        return new Redactor(password.stream().toList());
    }

    /** A redactor that also masks each secret echoed as a quoted argument (nulls and empty strings are ignored). */
    public static Redactor forSecrets(Collection<String> secrets) {
        return new Redactor(secrets);
    }

    /** The text with every secret replaced by {@value #MASK}; null stays null. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace("'" + secret + "'", "'" + MASK + "'");
        }
        result = PASSWORD_OPTION.matcher(result).replaceAll("$1" + MASK);
        result = URL_PASSWORD_PARAMETER.matcher(result).replaceAll("$1" + MASK);
        return URL_USER_INFO.matcher(result).replaceAll("$1:" + MASK + "@");
    }
}
