#pragma once

#include "HistoryRecord.h"
#include "InstanceRecord.h"
#include "Outbox.h"

#include <QCoreApplication>

// The self-service edition's results, kept on the client's computer when the registry cannot be
// reached at the end of a deployment, and sent through the token's functions (SelfServiceRegistry)
// later — on the next start of kkt-deploy-client. One Outbox file per deployment key in the
// application data folder holds the records and no secret; the key itself (registry, login,
// token) waits in the keychain under the token's hash while anything is queued, and is removed
// from there once everything is sent.
class SelfServiceOutbox
{
    Q_DECLARE_TR_FUNCTIONS(SelfServiceOutbox)

public:
    // `entered` is the deployment key (or a bare token with the configured registry).
    explicit SelfServiceOutbox(QString entered, QString folder = defaultFolder());
    static QString defaultFolder();

    bool enqueue(const InstanceRecord& instance, QString* error);
    bool enqueue(const HistoryRecord& record, QString* error);
    // Sends what waits, in order. While anything is left the key is kept in the keychain (false
    // with *error when it cannot be: the records could then not be sent later); once all is sent
    // the keychain entry goes. Not on the GUI thread.
    Outbox::FlushResult flush();

    struct Summary
    {
        int sent = 0;
        int pending = 0;
        QStringList errors; // why something still waits
        // What the user reads: sent, still waiting and why; empty when nothing waited.
        QString message() const;
    };
    // On start: every queue in `folder`, each with its key from the keychain. Not on the GUI thread.
    static Summary flushAll(const QString& folder = defaultFolder());

private:
    static QString keychainKey(const QString& id);
    static QString outboxPath(const QString& folder, const QString& id);

    QString m_entered;
    QString m_id; // the first characters of the token's SHA-256: names the file and keychain entry
    Outbox m_outbox;
};
