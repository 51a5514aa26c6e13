/**
 * IMS QTI 2.1 and 1EdTech QTI 3.0 items and content packages: {@link
 * org.cytoquiz.interchange.qti.QtiPackageWriter}.
 */
package org.cytoquiz.interchange.qti;
