#pragma once

#include <QString>

// Environment variables the command line reads secrets from (stdin and the keychain are the others).
inline constexpr char botTokenEnv[] = "KKT_BOT_TOKEN";
inline constexpr char adminPasswordEnv[] = "KKT_ADMIN_PASSWORD";
inline constexpr char sshPasswordEnv[] = "KKT_SSH_PASSWORD";
inline constexpr char keyPassphraseEnv[] = "KKT_SSH_PASSPHRASE";
inline constexpr char deploymentTokenEnv[] = "KKT_DEPLOYMENT_TOKEN";
inline constexpr char deploymentKeyEnv[] = "KKT_DEPLOYMENT_KEY";

// Secrets that belong to one deployment. They live only in memory (or in the OS keychain) and
// are never written into a configuration file, QSettings or a log.
struct DeploymentSecrets
{
    QString botToken;
    QString adminPassword; // empty while the password is to be generated
    QString sshPassword;
    QString keyPassphrase;
    // Self-service edition: the one-time token that unlocks the deployment and records its result.
    QString deploymentToken;
    // Self-service edition: the deployment key ("kkt1.…", DeploymentKey) the token came in, with the
    // registry's address and the token's own login; empty when the registry is the configured one.
    QString deploymentKey;

    // Overwrites every secret in place before releasing the memory.
    void wipe()
    {
        for (QString* s :
             {&botToken, &adminPassword, &sshPassword, &keyPassphrase, &deploymentToken, &deploymentKey}) {
            s->fill(QChar(u'\0'));
            s->clear();
        }
    }
};
