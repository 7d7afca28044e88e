#include "SelfServiceOutbox.h"

#include "DeploymentTokens.h"
#include "RegistryKeychain.h"
#include "RegistryLogging.h"
#include "SelfServiceRegistry.h"

#include <QDir>
#include <QStandardPaths>

namespace {

const QString filePrefix = QStringLiteral("selfservice-outbox-");
const QString fileSuffix = QStringLiteral(".sqlite");

QString idFor(const QString& entered)
{
    QString token;
    QString error;
    if (DeploymentKey key;
        DeploymentKey::looksLikeKey(entered) && DeploymentKey::parse(entered, &key, &error)) {
        token = key.token;
        key.wipe();
    } else {
        token = entered.trimmed();
    }
    return DeploymentTokens::hash(token).left(16);
}

} // namespace

SelfServiceOutbox::SelfServiceOutbox(QString entered, QString folder)
    : m_entered(std::move(entered))
    , m_id(idFor(m_entered))
    , m_outbox(outboxPath(folder, m_id))
{}

QString SelfServiceOutbox::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SelfServiceOutbox::keychainKey(const QString& id)
{
    return QStringLiteral("selfservice-key/") + id;
}

QString SelfServiceOutbox::outboxPath(const QString& folder, const QString& id)
{
    return folder + u'/' + filePrefix + id + fileSuffix;
}

bool SelfServiceOutbox::enqueue(const InstanceRecord& instance, QString* error)
{
    return m_outbox.enqueue(instance, error);
}

bool SelfServiceOutbox::enqueue(const HistoryRecord& record, QString* error)
{
    return m_outbox.enqueue(record, error);
}

Outbox::FlushResult SelfServiceOutbox::flush()
{
    QString token;
    QString error;
    SelfServiceRegistry registry = SelfServiceRegistry::forClient(m_entered, &token, &error);
    Outbox::FlushResult result;
    if (error.isEmpty()) {
        result = m_outbox.flush(Outbox::Sink{[&](const InstanceRecord& r, QString* e) {
                                                 return registry.recordInstance(token, r, e);
                                             },
                                             [&](const HistoryRecord& r, QString* e) {
                                                 return registry.recordHistory(token, r, e);
                                             }},
                                registry.target());
    } else {
        result.error = error;
        result.pending = m_outbox.pending();
    }
    token.fill(u'\0');
    QString keychainError;
    if (result.pending == 0) {
        RegistryKeychain::remove(keychainKey(m_id), &keychainError);
    } else if (!RegistryKeychain::write(keychainKey(m_id), m_entered.toUtf8(), &keychainError)) {
        result.error +=
            u' ' + tr("The deployment key cannot be kept in the keychain (%1): the results kept on "
                      "this computer cannot be sent later without it — tell your support contact.")
                       .arg(keychainError);
    }
    return result;
}

SelfServiceOutbox::Summary SelfServiceOutbox::flushAll(const QString& folder)
{
    Summary summary;
    const QStringList files =
        QDir(folder).entryList({filePrefix + QStringLiteral("*") + fileSuffix}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString id = file.mid(filePrefix.size(), file.size() - filePrefix.size() - fileSuffix.size());
        Outbox queue(folder + u'/' + file);
        const int waiting = queue.pending();
        if (waiting <= 0)
            continue;
        QByteArray entered;
        QString error;
        if (!RegistryKeychain::read(keychainKey(id), &entered, &error)) {
            summary.pending += waiting;
            summary.errors << (error.isEmpty() ? tr("the deployment key for them is not in the keychain")
                                               : tr("the keychain cannot be read: %1").arg(error));
            continue;
        }
        SelfServiceOutbox outbox(QString::fromUtf8(entered), folder);
        entered.fill('\0');
        const Outbox::FlushResult result = outbox.flush();
        summary.sent += result.sent;
        summary.pending += qMax(0, result.pending);
        if (result.pending != 0 && !result.error.isEmpty())
            summary.errors << result.error;
        qCInfo(lcRegistry).noquote() << "self-service outbox" << id << "sent" << result.sent << "pending"
                                     << result.pending;
    }
    return summary;
}

QString SelfServiceOutbox::Summary::message() const
{
    if (sent == 0 && pending == 0)
        return {};
    if (pending == 0)
        return tr("%n deployment result(s) kept on this computer while the registry could not be reached "
                  "were sent to the registry.",
                  nullptr, sent);
    return tr("%n deployment result(s) wait on this computer for the registry: %1. They are sent when "
              "KKT Deploy Client starts next.",
              nullptr, pending)
        .arg(errors.join(QStringLiteral("; ")));
}
