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
}
