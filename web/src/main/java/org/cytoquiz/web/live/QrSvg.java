package org.cytoquiz.web.live;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as inline SVG (no image file, no script), drawn with Nayuki's maintained QR Code generator. */
public final class QrSvg {

  /** The quiet zone around the code, in modules, as the QR standard asks. */
  private static final int BORDER = 4;

  private QrSvg() {}

  /**
   * The SVG of a QR code holding {@code text}, at medium error correction, with a text alternative.
   *
   * @throws IllegalArgumentException if the text is too long for any QR code
   */
  public static String of(String text, String label) {
    QrCode qr;
    try {
      qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    } catch (io.nayuki.qrcodegen.DataTooLongException e) {
      throw new IllegalArgumentException("the text is too long for a QR code: " + text.length() + " characters", e);
    }
    int size = qr.size + 2 * BORDER;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
        + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
        + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
