#pragma once

#include "HistoryRecord.h"
#include "InstanceQuery.h"
#include "InstanceRecord.h"
#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// Reads and writes the registry, PostgreSQL or SQLite, through one code path. Every call uses the
// calling thread's own connection (RegistryConnection), so a Registry may be used from any thread
// except the GUI thread. Calls return false/empty and set *error on failure; the text names the
// registry (never its password) and the database's reason.
class Registry
{
    Q_DECLARE_TR_FUNCTIONS(Registry)

public:
    struct VersionCount
    {
        QString version;
        int instances = 0;
    };
    struct WeekCount
    {
        QDate week; // Monday
        int success = 0;
        int failed = 0;
    };

    explicit Registry(RegistryTarget target);

    const RegistryTarget& target() const { return m_target; }
    // Connects and checks that the schema is migrated and not newer than this application.
    bool open(QString* error);
    QSqlDatabase database(QString* error) const;

    // Inserts the instance or updates the row with its UUID. Sealed credentials and the bot are kept when
    // the record carries none.
    bool upsertInstance(const InstanceRecord& instance, QString* error);
    // Records an operation once: a second call with the same operation UUID changes nothing and
    // sets *recorded to false. A successful health check updates last_health_check and status,
    // a successful deploy/update/rollback the deployed version.
    bool recordHistory(const HistoryRecord& record, bool* recorded, QString* error);

    int countInstances(const InstanceQuery& query, QString* error) const;
    QList<InstanceRecord> instances(const InstanceQuery& query, int offset, int limit, QString* error) const;
    // By UUID, exact name or numeric id.
    std::optional<InstanceRecord> findInstance(const QString& reference, QString* error) const;
    QList<HistoryRecord> history(const QUuid& instance, QString* error) const;
    QStringList companies(QString* error) const;

    QList<VersionCount> instancesPerVersion(QString* error) const;
    QList<WeekCount> deploymentsPerWeek(int weeks, QString* error) const;
    // Rows that still hold a bot token in the production column telegram_bot_token.
    int plaintextBotTokens(QString* error) const;

    // The registry's current public key for sealing (raw bytes), empty when none was created.
    QByteArray publicKey(QString* error) const;
    bool addPublicKey(const QByteArray& publicKey, QString* error);
    // Audits an event that is not a row change, e.g. opening sealed credentials.
    bool audit(const QString& action, const QString& target, const QString& details, QString* error);

private:
    RegistryTarget m_target;
};
