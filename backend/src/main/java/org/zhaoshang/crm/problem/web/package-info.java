/** REST endpoints that raise and move problems (督办); reading them is the supervision feature's. */
package org.zhaoshang.crm.problem.web;
