/** REST endpoints for signed projects, their commitments, progress and verification (认定). */
package org.zhaoshang.crm.project.web;
