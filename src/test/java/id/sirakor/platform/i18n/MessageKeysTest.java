package id.sirakor.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key that a page or the code asks for exists in both bundles, so nobody ever reads
 * {@code ??key??}. The keys are read from the sources: {@code msg['…']} in the pages; the key
 * arguments of {@code Faces.text/info/error}, {@code Messages.get} and {@code BusinessException}
 * in the code; the audit log's action codes ({@code audit.action.<code>}). A key built from a
 * prefix and a value ({@code msg['status.'.concat(s)]}) must have its prefix listed in
 * {@link #DYNAMIC} with every value it can take: a new kind of dynamic key fails this test until
 * it is listed.
 */
class MessageKeysTest {

    /** Prefixes of keys built at run time, with every value they are completed with. */
    static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

    static {
        DYNAMIC.put("status.", names(id.sirakor.event.entity.EventStatus.values()));
        DYNAMIC.put("type.", names(id.sirakor.event.entity.EventType.values()));
        DYNAMIC.put("kind.", names(id.sirakor.event.entity.SessionKind.values()));
        DYNAMIC.put("role.", names(id.sirakor.identity.entity.Role.values()));
        DYNAMIC.put("reg.short.", names(id.sirakor.registration.entity.RegistrationStatus.values()));
        DYNAMIC.put("reg.status.", names(id.sirakor.registration.entity.RegistrationStatus.values()));
        DYNAMIC.put("participants.source.", List.of("ONLINE", "DELEGATE", "MANUAL", "IMPORT", "WALKIN"));
        DYNAMIC.put("invitation.status.", List.of("CREATED", "SENT", "OPENED", "DELEGATES"));
        DYNAMIC.put("institutionType.", names(id.sirakor.institution.entity.InstitutionType.values()));
        DYNAMIC.put("event.action.", List.of("publish", "unpublish", "start", "close", "archive"));
        DYNAMIC.put("spj.flag.", List.of("noFinance", "noCategory", "noGolongan", "noBank", "noRate", "noRegion", "noTransportRate", "regionFromName"));
        DYNAMIC.put("dashboard.todo.", names(id.sirakor.dashboard.control.Dashboard.TodoKind.values()));
        DYNAMIC.put("region.level.", names(id.sirakor.region.entity.RegionLevel.values()));
        DYNAMIC.put("level.", names(id.sirakor.identity.entity.UnitLevel.values()));
        DYNAMIC.put("institution.import.status.", names(id.sirakor.institution.control.InstitutionService.ImportStatus.values()));
        // issue 17: the login audit
        DYNAMIC.put("logins.outcome.", names(id.sirakor.identity.control.LoginAttempts.Outcome.values()));
        DYNAMIC.put("logins.channel.", List.of("FORM", "TOKEN"));
        // issue 12
        DYNAMIC.put("decl.ui.source.", List.of("DIREKTORI", "PESERTA"));
        DYNAMIC.put("decl.status.", names(id.sirakor.declaration.entity.Declaration.Status.values()));
        DYNAMIC.put("decl.signer.status.", names(id.sirakor.declaration.entity.DeclarationSigner.Status.values()));
        DYNAMIC.put("decl.rep.", List.of("NONE", "AN", "PLH", "DIWAKILI"));
        DYNAMIC.put("decl.tile.", List.of("SIGNED", "PARTIAL", "PENDING", "DECLINED", "NONE"));
        DYNAMIC.put("verify.result.", List.of("ORIGINAL", "ALTERED", "UNKNOWN", "REVOKED", "UNSIGNED"));
        // issue 13 (certificates designer)
        DYNAMIC.put("cert.field.", java.util.Arrays.stream(id.sirakor.certificate.control.CertificateLayout.Field.values()).map(f -> f.key()).toList());
        DYNAMIC.put("cert.align.", names(id.sirakor.certificate.control.CertificateLayout.Align.values()));
        DYNAMIC.put("verify.status.", List.of("VALID", "REVOKED"));
        DYNAMIC.put("attendance.rule.", names(id.sirakor.attendance.entity.AttendanceSetting.Rule.values())); // issue 11
        DYNAMIC.put("outbox.status.", List.of("PENDING", "SENDING", "SENT", "FAILED"));
        // issue 13
        DYNAMIC.put("minutes.status.", names(id.sirakor.minutes.entity.Minutes.Status.values()));
        DYNAMIC.put("minutes.followUp.", names(id.sirakor.minutes.entity.FollowUp.Status.values()));
        DYNAMIC.put("minutes.by.", names(id.sirakor.minutes.entity.MinutesPoint.By.values()));
        DYNAMIC.put("cert.role.", names(id.sirakor.certificate.entity.Certificate.Role.values()));
        DYNAMIC.put("cert.status.", names(id.sirakor.certificate.entity.Certificate.Status.values()));
        DYNAMIC.put("audit.action.", List.of()); // completed from the audit.record(...) calls below
        // --- issue 15 ---
        DYNAMIC.put("program.status.", names(id.sirakor.program.control.ProgramService.Status.values()));
        DYNAMIC.put("lodging.change.", names(id.sirakor.lodging.control.RoomingList.Change.values()));
        DYNAMIC.put("lodging.gender.", List.of("L", "P"));
        DYNAMIC.put("lodging.by.", List.of("DEFAULT", "PARTICIPANT", "STAFF"));
        DYNAMIC.put("lodging.problem.", names(id.sirakor.lodging.control.RoomPlanner.Problem.values()));
        // --- issue 16 ---
        DYNAMIC.put("rundown.kind.", names(id.sirakor.onsite.entity.RundownKind.values()));
        DYNAMIC.put("onsite.badge.selection.", names(id.sirakor.onsite.control.BadgeService.Selection.values()));
        DYNAMIC.put("onsite.badge.sheet.", names(id.sirakor.platform.document.BadgePdf.Sheet.values()));
        DYNAMIC.put("onsite.seating.layout.", names(id.sirakor.onsite.entity.SeatingLayout.values()));
        DYNAMIC.put("onsite.letters.kind.", List.of("CHANGE", "CANCEL")); // issue 16 notices
        // --- issue 17, data protection ---
        DYNAMIC.put("privacy.status.", List.of("REQUESTED", "DONE"));
        DYNAMIC.put("privacy.access.", names(id.sirakor.platform.privacy.PersonalDataLog.Access.values()));
        DYNAMIC.put("privacy.subject.", List.of("registrations", "nik", "certificates", "spj", "attendance-sheet", "door-roster",
                "declaration-signers", "lodging", "stats-participants")); // PrivacyBean.subjectLabel
    }

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\](?!\\.concat)");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Faces\\.(?:text|info)\\(|Faces\\.error\\([^,()]+,\\s*|Messages\\.get\\([^,()]+,\\s*"
                    + "|BusinessException\\.(?:notFound|forbidden|conflict)\\(|BusinessException\\.invalid\\((?:\"[a-zA-Z]+\"\\s*,\\s*|[a-zA-Z_.()]+\\s*,\\s*)?)"
                    + "\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"(?!\\s*\\+)");
    private static final Pattern CODE_PREFIX = Pattern.compile(
            "(?:Faces\\.(?:text|info)\\(|Messages\\.get\\([^,()]+,\\s*|BusinessException\\.\\w+\\((?:[^,()]+,\\s*)?)"
                    + "\"([a-zA-Z][a-zA-Z0-9_.]*\\.)\"\\s*\\+");
    private static final Pattern AUDIT_ACTION = Pattern.compile("audit\\.record\\(\\s*\"([^\"]+)\"");

    @Test
    void everyKeyUsedExistsInBothBundles() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        Map<String, String> used = new LinkedHashMap<>(); // key → where
        Set<String> prefixes = new TreeSet<>();
        List<String> unknownPrefixes = new ArrayList<>();
        for (Path f : files(".xhtml")) {
            String text = Files.readString(f);
            collect(PAGE_KEY, text, f, used);
            collectPrefixes(PAGE_PREFIX, text, f, prefixes, unknownPrefixes);
        }
        List<String> auditCodes = new ArrayList<>();
        for (Path f : files(".java")) {
            String text = Files.readString(f);
            collect(CODE_KEY, text, f, used);
            collectPrefixes(CODE_PREFIX, text, f, prefixes, unknownPrefixes);
            Matcher m = AUDIT_ACTION.matcher(text);
            while (m.find()) {
                auditCodes.add(m.group(1));
                used.putIfAbsent("audit.action." + m.group(1), f.getFileName().toString());
            }
        }
        for (String p : prefixes) {
            for (String v : DYNAMIC.getOrDefault(p, List.of())) {
                used.putIfAbsent(p + v, "dynamic " + p);
            }
        }
        List<String> missing = new ArrayList<>();
        for (var e : used.entrySet()) {
            if (!id.containsKey(e.getKey())) {
                missing.add(e.getKey() + " (messages.properties; used in " + e.getValue() + ")");
            }
            if (!en.containsKey(e.getKey())) {
                missing.add(e.getKey() + " (messages_en.properties; used in " + e.getValue() + ")");
            }
        }
        assertTrue(unknownPrefixes.isEmpty(), "keys built from a prefix not listed in MessageKeysTest.DYNAMIC:\n  "
                + String.join("\n  ", unknownPrefixes));
        assertTrue(used.size() > 300, "the scan found the keys (" + used.size() + "): its patterns still match the code");
        assertTrue(auditCodes.size() > 20, "the scan found the audit actions: " + auditCodes);
        assertTrue(missing.isEmpty(), missing.size() + " keys missing:\n  " + String.join("\n  ", missing));
    }

    /** In a pattern with placeholders, a lone apostrophe swallows the text after it: every one is doubled. */
    @Test
    void apostrophesInPatternsAreDoubled() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String v = p.getProperty(key);
                if (v.matches("(?s).*\\{\\d.*") && v.replace("''", "").contains("'")) {
                    problems.add(file + " " + key + ": " + v);
                }
            }
        }
        assertTrue(problems.isEmpty(), "single apostrophes in patterns with placeholders:\n  " + String.join("\n  ", problems));
    }

    private static void collect(Pattern p, String text, Path f, Map<String, String> used) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            used.putIfAbsent(m.group(1), f.getFileName().toString());
        }
    }

    private static void collectPrefixes(Pattern p, String text, Path f, Set<String> prefixes, List<String> unknown) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String prefix = m.group(1);
            prefixes.add(prefix);
            if (!DYNAMIC.containsKey(prefix)) {
                unknown.add(prefix + " in " + f.getFileName());
            }
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageKeysTest.class.getClassLoader().getResourceAsStream("id/sirakor/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
