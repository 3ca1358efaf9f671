package org.zhaoshang.crm.document.api;

/** What a document proves. */
public enum DocumentKind {
    /** a scan of a signed agreement */
    AGREEMENT,
    /** a business licence (营业执照) */
    LICENCE,
    /** a bank's receipt of capital arrived */
    BANK_RECEIPT,
    /** a tax certificate (完税证明) */
    TAX_CERTIFICATE,
    /** a photo (a site, a signing, a building) */
    PHOTO,
    OTHER
}
