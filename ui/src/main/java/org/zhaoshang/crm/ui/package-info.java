/** The UI shell: main layout, language switch, translations, bureau formats, commands with errors in place. */
package org.zhaoshang.crm.ui;
