#pragma once

#include <QString>

// Where and how to log in. Empty or zero fields fall back to ~/.ssh/config, then to the defaults;
// a field set here always wins over the config file.
struct SshTarget
{
    QString host; // a name, an address or a Host alias from the config file
    int port = 0; // 0: from the config file, else 22
    QString user; // empty: from the config file, else the local user name (as OpenSSH does)
    QString identityFile;
    QString password;   // for password and keyboard-interactive logins; kept in memory only
    QString passphrase; // for identityFile; when empty and needed, SshSession asks its provider
    bool useAgent = true;
    QString agentSocket; // empty: $SSH_AUTH_SOCK

    // Empty: the defaults. KKT Deploy's own known-hosts file lives in the application data folder.
    QString knownHostsFile;
    QString userKnownHostsFile; // read only; empty: ~/.ssh/known_hosts
    QString configFile;         // empty: ~/.ssh/config
    bool useConfigFile = true;

    // Headless host-key decisions: trust an unknown key, or require this exact SHA256 fingerprint.
    bool acceptNewHostKey = false;
    QString expectedFingerprint;

    int connectTimeoutSeconds = 15;
    int ioTimeoutSeconds = 30; // waiting for any answer from an established connection
    // While a command runs, an SSH keepalive request goes out after this many seconds without a
    // word from the server; keepaliveCountMax unanswered in a row (each waited for as long) end the
    // connection as lost — about 20 s for a server that vanished silently. TCP keepalive follows
    // the same rhythm.
    int keepaliveSeconds = 5;
    int keepaliveCountMax = 3;

    void wipeSecrets()
    {
        for (QString* s : {&password, &passphrase}) {
            s->fill(QChar(u'\0'));
            s->clear();
        }
    }
};
