package id.sirakor.stats.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads an .xlsx back without loading it: POI's {@link XSSFReader} hands out each sheet's XML as
 * a stream, and StAX walks it row by row, counting rows and keeping only the cells of the rows
 * asked for (inline strings and numbers, as {@link StreamingWorkbook} writes them).
 */
public final class XlsxStream {

    /** A sheet read back: its name, the number of rows, the cells (by column index) of the rows kept (1-based row numbers). */
    public record SheetRows(String name, int rows, Map<Integer, List<String>> kept) {
    }

    private XlsxStream() {
    }

    public static List<SheetRows> read(java.io.File file, Set<Integer> keep) throws Exception {
        List<SheetRows> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    out.add(readSheet(it.getSheetName(), in, keep));
                }
            }
        }
        return out;
    }

    static SheetRows readSheet(String name, InputStream in, Set<Integer> keep) throws Exception {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader x = f.createXMLStreamReader(in);
        int rows = 0;
        Map<Integer, List<String>> kept = new HashMap<>();
        List<String> current = null;
        int col = -1;
        StringBuilder text = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "row" -> {
                        rows++;
                        int r = Integer.parseInt(x.getAttributeValue(null, "r"));
                        current = keep.contains(r) ? new ArrayList<>() : null;
                        if (current != null) {
                            kept.put(r, current);
                        }
                    }
                    case "c" -> {
                        if (current != null) {
                            col = column(x.getAttributeValue(null, "r"));
                            while (current.size() <= col) {
                                current.add("");
                            }
                        }
                    }
                    case "v", "t" -> text = current == null ? null : new StringBuilder();
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS && text != null) {
                text.append(x.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && ("v".equals(x.getLocalName()) || "t".equals(x.getLocalName())) && text != null) {
                current.set(col, text.toString());
                text = null;
            }
        }
        x.close();
        return new SheetRows(name, rows, kept);
    }

    static int column(String ref) {
        int c = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetter(ch)) {
                c = c * 26 + (ch - 'A' + 1);
            } else {
                break;
            }
        }
        return c - 1;
    }

    static <T> T first(Iterator<T> it) {
        return it.next();
    }
}
