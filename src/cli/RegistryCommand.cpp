#include "RegistryCommand.h"

#include "ExitCode.h"
#include "RegistryOptions.h"
#include "RegistryStatus.h"
#include "TextTable.h"
#include "registry/InstanceCsv.h"
#include "registry/InstanceSearch.h"
#include "registry/Registry.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryKeyPair.h"
#include "registry/RegistryKeychain.h"
#include "registry/SchemaMigrator.h"
#include "registry/SealedBox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

namespace {

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace

QString RegistryCommand::summary() const
{
    return tr("create, migrate and read the registry of deployed instances");
}

int RegistryCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    RegistryOptions registryOptions;
    registryOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("export: write the instances to this CSV file"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("list/export: only instances whose name, company, "
                                       "domain or IP contains TEXT"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption statusFilter(
        QStringLiteral("status"),
        tr("list/export: only instances with this status (active, inactive, error, removed)"),
        QStringLiteral("STATUS"));
    const QCommandLineOption modeFilter(QStringLiteral("mode"),
                                        tr("list/export: only production or only test instances"),
                                        QStringLiteral("MODE"));
    const QCommandLineOption company(QStringLiteral("company"), tr("list/export: only this company"),
                                     QStringLiteral("COMPANY"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("list: at most N instances (default 1000)"),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption forget(
        QStringLiteral("forget"), tr("logout: also forget the registry setting (back to the embedded one)"));
    parser.addOptions({json, csv, search, statusFilter, modeFilter, company, limit, forget});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("init | migrate | status | list | history INSTANCE | export --csv FILE | "
                                    "keys init | login | logout"));
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions{
        QStringLiteral("init"), QStringLiteral("migrate"), QStringLiteral("status"),
        QStringLiteral("list"), QStringLiteral("history"), QStringLiteral("export"),
        QStringLiteral("keys"), QStringLiteral("login"),   QStringLiteral("logout")};
    if (!actions.contains(action)) {
        io.err << tr("registry: give an action — init, migrate, status, list, history INSTANCE, export --csv "
                     "FILE, keys init, login or logout")
               << Qt::endl;
        return ExitUsage;
    }
    if (action == QStringLiteral("history") && positional.size() != 2) {
        io.err
            << tr("registry history: give one instance (name, UUID or id) — kkt-deploy registry history NAME")
            << Qt::endl;
        return ExitUsage;
    }
    if (action == QStringLiteral("keys") && positional.value(1) != QStringLiteral("init")) {
        io.err << tr("registry keys: the only action is “init” — kkt-deploy registry keys init") << Qt::endl;
        return ExitUsage;
    }
    if (action == QStringLiteral("export") && parser.value(csv).isEmpty()) {
        io.err << tr("registry export: give the file — kkt-deploy registry export --csv FILE") << Qt::endl;
        return ExitUsage;
    }
    bool limitOk = false;
    const int maxRows = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxRows < 1) {
        io.err << tr("--limit: “%1” is not a positive number — e.g. --limit 100").arg(parser.value(limit))
               << Qt::endl;
        return ExitUsage;
    }
    InstanceQuery query;
    query.search = parser.value(search);
    query.status = parser.value(statusFilter);
    query.company = parser.value(company);
    query.mode = parser.value(modeFilter);
    if (!query.mode.isEmpty() &&
        !QStringList{QStringLiteral("production"), QStringLiteral("test")}.contains(query.mode)) {
        io.err << tr("--mode: “%1” is not a mode — use production or test").arg(query.mode) << Qt::endl;
        return ExitUsage;
    }
    if (!query.status.isEmpty() && !QStringList{QStringLiteral("active"), QStringLiteral("inactive"),
                                                QStringLiteral("error"), QStringLiteral("removed")}
                                        .contains(query.status)) {
        io.err
            << tr("--status: “%1” is not a status — use active, inactive, error or removed").arg(query.status)
            << Qt::endl;
        return ExitUsage;
    }

    RegistryTarget target;
    QString error;
    int code = ExitUsage;
    const bool signIn = action == QStringLiteral("login") || action == QStringLiteral("logout");
    if (!registryOptions.resolve(parser, io, &target, &error, &code, !signIn)) {
        io.err << error << Qt::endl;
        return code;
    }
    if (action == QStringLiteral("login"))
        return login(target, io);
    if (action == QStringLiteral("logout"))
        return logout(target, parser.isSet(forget), io);
    if (action == QStringLiteral("init") || action == QStringLiteral("migrate"))
        return migrate(target, action == QStringLiteral("init"), io);
    if (action == QStringLiteral("status"))
        return RegistryStatus::print(target, parser.isSet(json), io);

    Registry registry(target);
    if (!registry.open(&error)) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    if (action == QStringLiteral("keys"))
        return keysInit(registry, io);
    if (action == QStringLiteral("list")) {
        const QList<InstanceRecord> rows = registry.instances(query, 0, maxRows, &error);
        if (!error.isEmpty()) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const InstanceRecord& r : rows) {
                QJsonObject o = r.toJson();
                o.remove(QStringLiteral("sealed_credentials"));
                o.insert(QStringLiteral("has_credentials"), !r.sealedCredentials.isEmpty());
                array.append(o);
            }
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        TextTable table({tr("UUID"), tr("NAME"), tr("MODE"), tr("COMPANY"), tr("DOMAIN"), tr("IP"),
                         tr("VERSION"), tr("STATUS"), tr("LAST HEALTH CHECK (UTC)")});
        for (const InstanceRecord& r : rows)
            table.addRow({r.uuid.toString(QUuid::WithoutBraces), r.name,
                          r.mode == QStringLiteral("test") ? QStringLiteral("TEST") : r.mode, r.company,
                          InstanceSearch::displayDomain(r.domain), r.ip, r.version, r.status,
                          time(r.lastHealthCheck)});
        if (!rows.isEmpty())
            table.print(io.out);
        io.out << tr("%n instance(s)", nullptr, int(rows.size())) << u'\n';
        return ExitOk;
    }
    if (action == QStringLiteral("history")) {
        const auto instance = registry.findInstance(positional.at(1), &error);
        if (!instance) {
            io.err << error << Qt::endl;
            return ExitUsage;
        }
        const QList<HistoryRecord> rows = registry.history(instance->uuid, &error);
        if (!error.isEmpty()) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const HistoryRecord& r : rows)
                array.append(r.toJson());
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("instance"), instance->name},
                                                {QStringLiteral("instance_uuid"),
                                                 instance->uuid.toString(QUuid::WithoutBraces)},
                                                {QStringLiteral("history"), array}})
                          .toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        io.out << tr("History of %1 (%2):").arg(instance->name, instance->uuid.toString(QUuid::WithoutBraces))
               << u'\n';
        TextTable table({tr("STARTED (UTC)"), tr("ACTION"), tr("RESULT"), tr("VERSION"), tr("BY")});
        for (const HistoryRecord& r : rows)
            table.addRow(
                {time(r.startedAt), HistoryRecord::actionText(r.action), HistoryRecord::statusText(r.status),
                 QStringLiteral("%1 → %2").arg(r.fromVersion.isEmpty() ? QStringLiteral("—") : r.fromVersion,
                                               r.toVersion.isEmpty() ? QStringLiteral("—") : r.toVersion),
                 r.initiatedBy});
        if (!rows.isEmpty())
            table.print(io.out);
        io.out << tr("%n operation(s)", nullptr, int(rows.size())) << u'\n';
        return ExitOk;
    }
    // export
    const QString csvPath = InstanceCsv::withSuffix(parser.value(csv));
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << tr("registry export: cannot write %1: %2 — choose a writable path")
                      .arg(csvPath, file.errorString())
               << Qt::endl;
        return ExitUsage;
    }
    if (!InstanceCsv::write(registry, query, &file, &error) || !file.commit()) {
        io.err << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
        return ExitFailure;
    }
    io.out
        << tr("Exported %n instance(s) to %1", nullptr, registry.countInstances(query, &error)).arg(csvPath)
        << u'\n';
    return ExitOk;
}

int RegistryCommand::migrate(const RegistryTarget& target, bool initOnly, CommandIo& io)
{
    QString error;
    QSqlDatabase db = RegistryConnection::open(target, &error);
    if (!db.isValid()) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    SchemaMigrator migrator(target.kind);
    SchemaMigrator::Status before;
    if (!migrator.status(db, &before, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    if (initOnly && (before.current > 0 || before.hasProductionTables)) {
        io.err
            << tr("registry init: %1 already holds a registry (schema version %2) — use kkt-deploy registry "
                  "migrate to bring it up to date or adopt it")
                   .arg(target.display())
                   .arg(before.current)
            << Qt::endl;
        return ExitUsage;
    }
    if (before.needsAdoption())
        io.out
            << tr("Adopting the existing registry at %1: its tables, rows and views are kept, only what KKT "
                  "Deploy needs is added.")
                   .arg(target.display())
            << u'\n';
    QStringList applied;
    if (!migrator.migrate(db, &applied, &error)) {
        for (const QString& line : std::as_const(applied))
            io.out << tr("Applied %1").arg(line) << u'\n';
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    for (const QString& line : std::as_const(applied))
        io.out << tr("Applied %1").arg(line) << u'\n';
    if (applied.isEmpty())
        io.out << tr("The registry %1 is up to date (schema version %2).")
                      .arg(target.display())
                      .arg(before.latest)
               << u'\n';
    else
        io.out << tr("The registry %1 is at schema version %2.").arg(target.display()).arg(before.latest)
               << u'\n';
    return ExitOk;
}

int RegistryCommand::keysInit(Registry& registry, CommandIo& io)
{
    QString error;
    const QByteArray existing = registry.publicKey(&error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    if (!existing.isEmpty()) {
        io.err << tr("registry keys init: the registry already has a public key (%1); credentials sealed "
                     "with it "
                     "could no longer be opened with a new pair, so none is created")
                      .arg(RegistryKeyPair::fingerprint(existing))
               << Qt::endl;
        return ExitFailure;
    }
    SealedBox::KeyPair keys = SealedBox::generate();
    if (keys.publicKey.isEmpty()) {
        io.err << tr("registry keys init: libsodium could not be initialised") << Qt::endl;
        return ExitFailure;
    }
    const QString keychainKey = RegistryKeyPair::keychainEntry(keys.publicKey);
    // The private key goes into the keychain first: a public key nobody can open for is useless.
    if (!RegistryKeychain::write(keychainKey, keys.secretKey, &error)) {
        SealedBox::wipe(keys.secretKey);
        io.err << tr("registry keys init: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    SealedBox::wipe(keys.secretKey);
    if (!registry.addPublicKey(keys.publicKey, &error)) {
        QString ignored;
        RegistryKeychain::remove(keychainKey, &ignored);
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    io.out
        << tr("Created the registry key pair %1.").arg(RegistryKeyPair::fingerprint(keys.publicKey)) << u'\n'
        << tr("The public key is in the registry: every KKT Deploy seals admin credentials with it.") << u'\n'
        << tr("The private key is in this computer’s keychain (service “%1”): only its holders can open the "
              "credentials.")
               .arg(RegistryKeychain::service())
        << u'\n';
    return ExitOk;
}

int RegistryCommand::login(const RegistryTarget& target, CommandIo& io)
{
    if (!target.isPostgres()) {
        io.err << tr("registry login: %1 is an embedded SQLite registry, which has no sign-in — give the "
                     "central one, e.g. kkt-deploy registry login --registry "
                     "postgresql://USER@HOST:PORT/DATABASE")
                      .arg(target.display())
               << Qt::endl;
        return ExitUsage;
    }
    if (target.user.isEmpty()) {
        io.err << tr("registry login: the URL names no role — put your PostgreSQL role before the host, e.g. "
                     "postgresql://alice@%1:%2/%3")
                      .arg(target.host)
                      .arg(target.port)
                      .arg(target.database)
               << Qt::endl;
        return ExitUsage;
    }
    if (target.password.isEmpty()) {
        io.err << tr("registry login: no password given — pipe it in with --password-stdin (e.g. pass show "
                     "kkt/registry | kkt-deploy registry login --registry URL --password-stdin) or set %1")
                      .arg(QString::fromLatin1(RegistryOptions::passwordEnv))
               << Qt::endl;
        return ExitUsage;
    }
    QString error;
    {
        const QSqlDatabase db = RegistryConnection::open(target, &error);
        if (!db.isValid()) {
            const int code = RegistryOptions::exitCodeFor(error);
            io.err << error << Qt::endl;
            if (code == ExitAuthFailed)
                io.err << tr("registry login: PostgreSQL refused role “%1” with this password — check it and "
                             "sign in again; nothing was stored")
                              .arg(target.user)
                       << Qt::endl;
            else if (code == ExitUnreachable)
                io.err << tr("registry login: %1:%2 did not answer — check the host and port and that the "
                             "server accepts connections from here; nothing was stored")
                              .arg(target.host)
                              .arg(target.port)
                       << Qt::endl;
            return code;
        }
    }
    RegistryConnection::drop(target);
    if (!RegistryKeychain::write(target.passwordKeychainKey(), target.password.toUtf8(), &error)) {
        io.err
            << tr("registry login: the password is right, but the keychain did not store it: %1").arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    QSettings settings;
    // With the TLS choices, so the GUI and later commands connect the same way.
    settings.setValue(RegistryTarget::settingsKey(), target.url());
    settings.sync();
    io.out << tr("Signed in to %1 as “%2”.").arg(target.display(), target.user) << u'\n'
           << tr("The password is in this computer’s keychain (service “%1”), and %2 is now the default "
                 "registry of kkt-deploy and the Registry tab.")
                  .arg(RegistryKeychain::service(), target.display())
           << u'\n';
    return ExitOk;
}

int RegistryCommand::logout(const RegistryTarget& target, bool forget, CommandIo& io)
{
    QSettings settings;
    const QString configured = settings.value(RegistryTarget::settingsKey()).toString();
    if (!target.isPostgres() && !forget) {
        io.err
            << tr("registry logout: %1 is an embedded SQLite registry, which has no stored password — give "
                  "the central one with --registry postgresql://USER@HOST:PORT/DATABASE")
                   .arg(target.display())
            << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (target.isPostgres()) {
        QByteArray stored;
        const bool found = RegistryKeychain::read(target.passwordKeychainKey(), &stored, &error);
        stored.fill('\0');
        if (!error.isEmpty() || !RegistryKeychain::remove(target.passwordKeychainKey(), &error)) {
            io.err << tr("registry logout: the keychain did not answer: %1").arg(error) << Qt::endl;
            return ExitFailure;
        }
        io.out << (found ? tr("Removed the password of %1 from the keychain.")
                         : tr("No password of %1 was stored in the keychain."))
                      .arg(target.display())
               << u'\n';
    }
    if (forget) {
        QString ignored;
        const RegistryTarget saved = RegistryTarget::parse(configured, &ignored);
        if (!configured.isEmpty() && (!ignored.isEmpty() || saved.key() == target.key())) {
            settings.remove(RegistryTarget::settingsKey());
            settings.sync();
            io.out << tr("Forgot the registry setting: the default is the embedded registry again.") << u'\n';
        } else if (!configured.isEmpty()) {
            io.out << tr("The registry setting names %1, not this registry; it is left as it is.")
                          .arg(saved.display())
                   << u'\n';
        } else {
            io.out << tr("No registry setting to forget: the default is the embedded registry.") << u'\n';
        }
    }
    return ExitOk;
}
