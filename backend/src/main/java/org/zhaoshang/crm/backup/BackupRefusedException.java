package org.zhaoshang.crm.backup;

/** A backup or restore that cannot go on, for a reason its message tells the operator in one line. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }
}
