#include "RegistryStatus.h"

#include "ExitCode.h"
#include "RegistryOptions.h"
#include "registry/Outbox.h"
#include "registry/Registry.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryKeyPair.h"
#include "registry/RegistryTls.h"
#include "registry/SchemaMigrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int RegistryStatus::print(const RegistryTarget& target, bool json, CommandIo& io)
{
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    if (!db.isValid()) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    SchemaMigrator::Status s;
    if (!SchemaMigrator(target.kind).status(db, &s, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    Registry registry(target);
    const bool usable = s.upToDate() && s.current > 0;
    QString ignored;
    const int instances = s.hasProductionTables ? registry.countInstances({}, &ignored) : 0;
    const QByteArray publicKey = usable ? registry.publicKey(&ignored) : QByteArray();
    const int plaintext = s.hasProductionTables ? registry.plaintextBotTokens(&ignored) : 0;
    const int queued = Outbox().pending();
    QStringList pending;
    for (const SchemaMigrator::Migration& m : std::as_const(s.pending))
        pending << QStringLiteral("%1_%2").arg(m.version, 3, 10, QChar(u'0')).arg(m.name);
    if (json) {
        io.out << QJsonDocument(
                      QJsonObject{
                          {QStringLiteral("registry"), target.display()},
                          {QStringLiteral("backend"),
                           target.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                          {QStringLiteral("tls"),
                           target.isPostgres() ? QJsonValue(RegistryTls::mode(target)) : QJsonValue()},
                          {QStringLiteral("schema_version"), s.current},
                          {QStringLiteral("known_version"), s.latest},
                          {QStringLiteral("pending_migrations"), QJsonArray::fromStringList(pending)},
                          {QStringLiteral("needs_adoption"), s.needsAdoption()},
                          {QStringLiteral("newer_than_application"), s.isNewer()},
                          {QStringLiteral("instances"), instances},
                          {QStringLiteral("public_key"),
                           publicKey.isEmpty() ? QJsonValue()
                                               : QJsonValue(RegistryKeyPair::fingerprint(publicKey))},
                          {QStringLiteral("plaintext_bot_tokens"), plaintext},
                          {QStringLiteral("outbox_pending"), queued}})
                      .toJson(QJsonDocument::Indented);
        return s.isNewer() ? ExitFailure : ExitOk;
    }
    io.out << tr("Registry:        %1").arg(target.display()) << u'\n';
    if (target.isPostgres())
        io.out << tr("TLS:             %1").arg(RegistryTls::describe(target)) << u'\n';
    io.out << tr("Schema:          version %1 of %2").arg(s.current).arg(s.latest) << u'\n';
    if (s.isNewer())
        io.out << SchemaMigrator::newerSchemaMessage(s.current, s.latest) << u'\n';
    else if (s.needsAdoption())
        io.out << tr("                 production tables without schema_migrations — run kkt-deploy registry "
                     "migrate to adopt them")
               << u'\n';
    else if (s.current == 0 && !s.hasProductionTables)
        io.out << tr("                 empty — run kkt-deploy registry init") << u'\n';
    else if (!pending.isEmpty())
        io.out << tr("                 pending: %1 — run kkt-deploy registry migrate").arg(pending.join(u' '))
               << u'\n';
    io.out << tr("Instances:       %1").arg(instances) << u'\n'
           << tr("Public key:      %1")
                  .arg(publicKey.isEmpty() ? tr("none — run kkt-deploy registry keys init")
                                           : RegistryKeyPair::fingerprint(publicKey))
           << u'\n' << tr("Outbox:          %n write(s) waiting", nullptr, qMax(queued, 0)) << u'\n';
    if (plaintext > 0)
        io.out << tr("Warning: %n instance(s) still hold a plaintext bot token in telegram_bot_token "
                     "(written by "
                     "older tools); KKT Deploy never writes that column.",
                     nullptr, plaintext)
               << u'\n';
    return s.isNewer() ? ExitFailure : ExitOk;
}
