package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationBoard;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The big-screen board by its secret link: refreshed every few seconds by polling. */
@Named
@ViewScoped
public class BoardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationBoard boards;

    private String token;
    private DeclarationBoard.Board board;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh();
    }

    public void refresh() {
        try {
            board = boards.board(token);
        } catch (BusinessException e) {
            board = null;
            Faces.refused(e);
        }
    }

    public int getPercent() {
        return board == null || board.total() == 0 ? 0 : Math.round(100f * board.signed() / board.total());
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public DeclarationBoard.Board getBoard() { return board; }
}
