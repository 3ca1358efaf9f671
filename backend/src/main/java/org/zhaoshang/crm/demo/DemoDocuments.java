package org.zhaoshang.crm.demo;

import java.nio.charset.StandardCharsets;

/**
 * Tiny evidence files for the demo's progress facts, of the types the document store takes by their content: a
 * one-page PDF naming what it stands for, a one-pixel PNG photo.
 */
final class DemoDocuments {

    private static final byte[] PNG = {
            (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0,
            1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89, 0, 0, 0, 0x0A, 'I', 'D', 'A', 'T', 0x78,
            (byte) 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, (byte) 0xB4, 0, 0, 0, 0, 'I', 'E', 'N', 'D',
            (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private DemoDocuments() {
    }

    static byte[] photo() {
        return PNG.clone();
    }

    /** A one-page PDF whose page says it is made-up demo evidence of the lead. */
    static byte[] scan(String leadId, String what) {
        String text = "Zhaoshang CRM demo evidence (made up): " + what + ", lead " + leadId;
        String stream = "BT /F1 10 Tf 40 800 Td (" + text.replaceAll("[^A-Za-z0-9 .,:()-]", "") + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                     + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                     + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                     + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                     + "/Resources <</Font <</F1 5 0 R>>>>>> endobj\n"
                     + "4 0 obj <</Length " + stream.length() + ">> stream\n" + stream + "\nendstream endobj\n"
                     + "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n"
                     + "trailer <</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
