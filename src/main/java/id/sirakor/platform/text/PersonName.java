package id.sirakor.platform.text;

/**
 * A person's name as Indonesian documents print it: rank, front titles, the name, then the back
 * titles after a comma ("AKP Dodi Purnomo", "Dr. Hendra Gunawan, M.Si."). Every feature that
 * prints a person (speakers, participants, signers, mails, letters) goes through here.
 */
public final class PersonName {

    private PersonName() {
    }

    public static String format(String rank, String front, String name, String back) {
        StringBuilder sb = new StringBuilder();
        if (rank != null && !rank.isBlank()) {
            sb.append(rank.trim()).append(' ');
        }
        if (front != null && !front.isBlank()) {
            sb.append(front.trim()).append(' ');
        }
        sb.append(name == null ? "" : name.trim());
        if (back != null && !back.isBlank()) {
            sb.append(", ").append(back.trim());
        }
        return sb.toString();
    }

    /**
     * Ends a sentence after a name: a name that ends with a title's period ("Budi, S.E.") takes no
     * second one ("… diwakili oleh Budi, S.E." and not "S.E..").
     */
    public static String endSentence(String text) {
        if (text == null || text.isEmpty()) {
            return ".";
        }
        return text.endsWith(".") ? text : text + ".";
    }
}
