package id.sirakor.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects: what a person does on each screen, so tests read like the user's steps. */
final class Pages {

    private Pages() {
    }

    static final class Login {
        private final Browser b;

        Login(Browser b) {
            this.b = b;
        }

        Login open() {
            b.open("/login.xhtml");
            b.waitFor("#username");
            return this;
        }

        void as(String user, String password) {
            b.type("#username", user);
            b.type("#password", password);
            b.click("#submit");
        }

        String error() {
            return b.text("#loginMessages");
        }

        String typedUsername() {
            return b.el("#username").getAttribute("value");
        }
    }

    static final class Dashboard {
        private final Browser b;

        Dashboard(Browser b) {
            this.b = b;
            b.waitFor("#dashboard-title");
        }

        String title() {
            return b.text("#dashboard-title");
        }

        String ownUnit() {
            return b.text("#own-unit h2");
        }

        int unitCount() {
            return Integer.parseInt(b.text("#unit-count").trim());
        }

        List<String> visibleUnits() {
            return b.driver().findElements(By.cssSelector("#visible-units .unit-link")).stream().map(WebElement::getText).toList();
        }

        String headerUnit() {
            return b.text("#who-unit");
        }

        void switchLanguage() {
            b.click("#lang-switch");
            b.waitFor("#dashboard-title");
        }

        void logout() {
            b.click("#logoutForm\\:logout");
            b.waitFor("#logged-out");
        }
    }

    static final class Users {
        private final Browser b;

        Users(Browser b) {
            this.b = b;
        }

        Users open() {
            b.open("/manage/admin/users.xhtml");
            b.waitFor("#users\\:table");
            return this;
        }

        void startNew() {
            b.click("#users\\:new");
            b.waitFor("#userForm\\:username");
            b.ajaxDone();
        }

        void fill(String username, String fullName, String email, String unitName, String password) {
            b.type("#userForm\\:username", username);
            b.type("#userForm\\:fullName", fullName);
            b.type("#userForm\\:email", email);
            b.click("#userForm\\:unit");
            b.type("#userForm\\:unit_filter", unitName);
            b.click("#userForm\\:unit_items li[data-label='" + unitName + "']");
            b.type("#userForm\\:password", password);
        }

        void save() {
            b.click("#userForm\\:save");
            b.ajaxDone();
        }

        String fieldMessage(String field) {
            return b.text("#userForm .field:has(#userForm\\:" + field + ") .ui-message-error");
        }

        String value(String field) {
            return b.el("#userForm\\:" + field).getAttribute("value");
        }

        String globalMessage() {
            return b.text("#messages");
        }
    }

    static final class Account {
        private final Browser b;

        Account(Browser b) {
            this.b = b;
            b.waitFor("#password\\:currentPassword");
        }

        boolean mustChange() {
            return b.present("#must-change");
        }

        void change(String current, String next) {
            b.type("#password\\:currentPassword", current);
            b.type("#password\\:newPassword", next);
            b.type("#password\\:repeatPassword", next);
            b.click("#password\\:change");
        }
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu, typing into its filter when it has one. A
     * popup still open from the previous field is closed first, as a person would; if the click on
     * the option still does not take, the test fails: something covers the field for people too.
     */
    static void choose(Browser b, String id, String label) {
        chooseWhere(b, id, "[data-label=\"" + label + "\"]", label.length() > 40 ? label.substring(0, 40) : label);
    }

    /** Picks the first option whose label contains {@code part}. */
    static void chooseContaining(Browser b, String id, String part) {
        chooseWhere(b, id, "[data-label*=\"" + part + "\"]", part);
    }

    private static void chooseWhere(Browser b, String id, String attribute, String shown) {
        String css = "#" + id.replace(":", "\\:");
        closeOverlays(b);
        b.js("arguments[0].scrollIntoView({block:'center'})", b.el(css));
        b.click(css);
        if (b.present(css + "_filter")) {
            b.type(css + "_filter", shown);
        }
        // the list slides open: an option is clicked once it stands still, as a person's click lands
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                b.js("var p = document.getElementById(arguments[0]); return !!p && p.getClientRects().length > 0"
                        + " && getComputedStyle(p).display !== 'none' && !p.classList.contains('ui-connected-overlay-enter-active');",
                        id + "_panel")));
        b.click(css + "_items li" + attribute);
        b.waitForText(css + "_label", shown);
        b.ajaxDone();
    }

    /** Closes open popups (date picker, menus, suggestions) with Escape and waits until none shows. */
    static void closeOverlays(Browser b) {
        String open = "return Array.from(document.querySelectorAll('.ui-datepicker-panel, .ui-selectonemenu-panel,"
                + " .ui-autocomplete-panel, .ui-datepicker')).some(function(e){ return e.offsetParent !== null"
                + " && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden'; });";
        for (int i = 0; i < 3 && Boolean.TRUE.equals(b.js(open)); i++) {
            b.driver().findElement(org.openqa.selenium.By.cssSelector("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            b.js("document.activeElement && document.activeElement.blur();");
        }
    }

    /** Types into a PrimeFaces datePicker and closes its popup. */
    /**
     * Types a date into a p:datePicker. Focus opens its calendar, and keys typed while the panel is
     * still opening can be lost on a busy machine: the field is read back and typed again until it
     * holds the value.
     */
    static void date(Browser b, String id, String value) {
        String css = "#" + id.replace(":", "\\:") + "_input";
        for (int attempt = 0; attempt < 4; attempt++) {
            var input = b.el(css);
            input.click();
            pause(300 + 300L * attempt);
            input = b.el(css);
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
            input.sendKeys(value);
            pause(100);
            if (value.equals(b.el(css).getAttribute("value"))) {
                break;
            }
        }
        b.js("arguments[0].blur(); document.body.click();", b.el(css));
        b.driver().findElement(org.openqa.selenium.By.cssSelector("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class Speakers {
        private final Browser b;

        Speakers(Browser b) {
            this.b = b;
        }

        Speakers open() {
            b.open("/manage/speakers.xhtml");
            b.waitFor("#speakers\\:table");
            return this;
        }

        void add(String rank, String front, String name, String back, String position, String institution) {
            b.click("#speakers\\:new");
            b.waitFor("#speakerForm\\:name");
            b.ajaxDone();
            if (rank != null) {
                b.type("#speakerForm\\:rankTitle", rank);
            }
            if (front != null) {
                b.type("#speakerForm\\:frontTitle", front);
            }
            b.type("#speakerForm\\:name", name);
            if (back != null) {
                b.type("#speakerForm\\:backTitle", back);
            }
            b.type("#speakerForm\\:position", position);
            b.type("#speakerForm\\:institution", institution);
            b.ajaxDone();
            b.click("#speakerForm\\:save");
            b.ajaxDone();
            b.waitForText("#messages", "disimpan");
        }
    }

    static final class EventEditor {
        private final Browser b;

        EventEditor(Browser b) {
            this.b = b;
        }

        EventEditor create(String title, String theme) {
            b.open("/manage/event.xhtml");
            b.waitFor("#tabs\\:details\\:title");
            choose(b, "tabs:details:type", "Rapat Koordinasi");
            b.type("#tabs\\:details\\:title", title);
            b.type("#tabs\\:details\\:theme", theme);
            b.click("#tabs\\:details\\:save");
            b.waitFor("#event-status");
            return this;
        }

        void addDay(String date, String hallLabel) {
            b.click("a[href='#tabs:daysTab'], li[data-index='1'] a");
            b.waitFor("#tabs\\:days\\:dayDate_input");
            date(b, "tabs:days:dayDate", date);
            choose(b, "tabs:days:hall", hallLabel);
            b.click("#tabs\\:days\\:addDay");
            b.ajaxDone();
        }

        void addSession(String dayLabel, String start, String end, String title, String kind, String[][] speakers) {
            b.click("li[data-index='2'] a");
            b.click("#tabs\\:timetable\\:newSession");
            b.waitFor("#sessionForm\\:sessionTitle");
            b.ajaxDone();
            choose(b, "sessionForm:day", dayLabel);
            b.type("#sessionForm\\:sessionStart", start);
            b.type("#sessionForm\\:sessionEnd", end);
            b.type("#sessionForm\\:sessionTitle", title);
            choose(b, "sessionForm:kind", kind);
            for (int i = 0; i < speakers.length; i++) {
                if (i > 0) {
                    b.click("#sessionForm\\:addSlot");
                    b.ajaxDone();
                }
                var menus = b.driver().findElements(org.openqa.selenium.By.cssSelector("#sessionForm .ui-selectonemenu[id$=':speaker']"));
                choose(b, menus.get(i).getAttribute("id"), speakers[i][0]);
                if (speakers[i].length > 1 && speakers[i][1] != null) {
                    var reps = b.driver().findElements(org.openqa.selenium.By.cssSelector("#sessionForm .ui-selectonemenu[id$=':rep']"));
                    choose(b, reps.get(i).getAttribute("id"), "Diwakili oleh: " + speakers[i][1]);
                }
            }
            b.click("#sessionForm\\:saveSession");
            b.ajaxDone();
        }

        void publish() {
            b.click("#status .to-PUBLISHED");
            b.ajaxDone();
            b.waitForText("#event-status", "Terbit");
        }
    }
}
