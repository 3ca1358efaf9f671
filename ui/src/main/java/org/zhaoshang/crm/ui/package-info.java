/**
 * The UI shell: main layout, language switch, translations, bureau formats, commands with errors in place, and the
 * ambassador picker the forms of several features share.
 */
package org.zhaoshang.crm.ui;
