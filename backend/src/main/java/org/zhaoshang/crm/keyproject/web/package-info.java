/** REST endpoints that change key projects and write instructions. */
package org.zhaoshang.crm.keyproject.web;
