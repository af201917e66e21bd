package id.sirakor.identity.boundary;

import id.sirakor.identity.control.ApiTokenService;
import id.sirakor.identity.control.UserService;
import id.sirakor.identity.entity.ApiToken;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The user's own account: password and API tokens. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    ApiTokenService tokens;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String tokenName;
    private int tokenDays = 90;
    private String issuedSecret;
    /** Entities: not replicated; read again through getTokens() after a failover. */
    private transient List<ApiToken> tokenList;

    public void changePassword() {
        users.changeOwnPassword(currentPassword, newPassword, repeatPassword);
        currentPassword = null;
        newPassword = null;
        repeatPassword = null;
        Faces.info("password.changed");
        Faces.redirect("/manage/dashboard.xhtml");
    }

    public void issueToken() {
        issuedSecret = tokens.issue(tokenName, tokenDays).secret();
        tokenName = null;
        tokenList = null;
    }

    public void revoke(ApiToken t) {
        tokens.revoke(t.getId());
        tokenList = null;
        Faces.info("token.revoked", t.getName());
    }

    public List<ApiToken> getTokens() {
        if (tokenList == null) {
            tokenList = tokens.mine();
        }
        return tokenList;
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String v) { repeatPassword = v; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String v) { tokenName = v; }
    public int getTokenDays() { return tokenDays; }
    public void setTokenDays(int v) { tokenDays = v; }
    public String getIssuedSecret() { return issuedSecret; }
}
