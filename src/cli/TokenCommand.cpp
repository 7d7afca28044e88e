#include "TokenCommand.h"

#include "ExitCode.h"
#include "RegistryOptions.h"
#include "TextTable.h"
#include "registry/DeploymentKey.h"
#include "registry/DeploymentKeyLogins.h"
#include "registry/DeploymentTokens.h"
#include "registry/Registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace

QString TokenCommand::summary() const
{
    return tr("create and list one-time deployment tokens for self-service installs; prune their logins");
}

std::optional<qint64> TokenCommand::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})([mhdw])$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).front();
    const qint64 seconds = unit == u'm' ? 60 : unit == u'h' ? 3600 : unit == u'd' ? 86400 : 7 * 86400;
    if (n == 0 || n * seconds > 365 * 86400)
        return std::nullopt;
    return n * seconds;
}

int TokenCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    RegistryOptions registryOptions;
    registryOptions.addTo(parser);
    const QCommandLineOption expires(
        QStringLiteral("expires"),
        tr("create: how long the token stays valid, e.g. 12h, 7d, 2w (at most a year)"),
        QStringLiteral("DURATION"), QStringLiteral("7d"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  tr("create: what the token is for (shown by token list)"),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption company(QStringLiteral("company"),
                                     tr("create: the client company the token is for (its instance is "
                                        "recorded under this name)"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    parser.addOptions({expires, note, company, json});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("create | list | prune"));
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action != QStringLiteral("create") && action != QStringLiteral("list") &&
        action != QStringLiteral("prune")) {
        io.err << tr("token: give an action — kkt-deploy token create --expires 7d, kkt-deploy token list or "
                     "kkt-deploy token prune")
               << Qt::endl;
        return ExitUsage;
    }
    const auto duration = parseDuration(parser.value(expires));
    if (!duration) {
        io.err << tr("--expires: “%1” is not a duration — use a number with m, h, d or w, e.g. 7d (at most a "
                     "year)")
                      .arg(parser.value(expires))
               << Qt::endl;
        return ExitUsage;
    }
    RegistryTarget target;
    QString error;
    int code = ExitUsage;
    if (!registryOptions.resolve(parser, io, &target, &error, &code)) {
        io.err << error << Qt::endl;
        return code;
    }
    if (!target.isPostgres() && action == QStringLiteral("prune")) {
        io.out
            << tr("Nothing to prune: the embedded SQLite registry has no logins. Deployment keys and their "
                  "logins exist in the central PostgreSQL registry only — give it with --registry "
                  "postgresql://USER@HOST:PORT/DATABASE")
            << Qt::endl;
        return ExitOk;
    }
    if (!target.isPostgres()) {
        io.err << tr("token: deployment tokens are redeemed in the central registry — give it with "
                     "--registry postgresql://USER@HOST:PORT/DATABASE")
               << Qt::endl;
        return ExitUsage;
    }
    Registry registry(target);
    if (!registry.open(&error)) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    if (action == QStringLiteral("prune"))
        return prune(target, parser.isSet(json), io);
    if (action == QStringLiteral("create")) {
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(*duration);
        DeploymentKey key;
        DeploymentKeyLogins::Result pruned;
        if (!DeploymentTokens(target).issue(until, parser.value(company), parser.value(note), &key, &error,
                                            &pruned)) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        // The one string the client pastes: the token, its own login and the registry's address.
        const QString pasteable = key.encode();
        if (parser.isSet(json)) {
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("key"), pasteable},
                                                {QStringLiteral("token"), key.token},
                                                {QStringLiteral("login"), key.login},
                                                {QStringLiteral("expires_at"), until.toString(Qt::ISODate)}})
                          .toJson(QJsonDocument::Indented);
        } else {
            io.out << pasteable << u'\n';
            io.err
                << tr("This deployment key is shown only now and works once, until %1 UTC: the client "
                      "pastes it on kkt-deploy-client's Welcome page. It holds the token and the password of "
                      "its own registry login %2; the registry keeps only their hashes.")
                       .arg(time(until), key.login)
                << Qt::endl;
        }
        if (const QString tidied = DeploymentKeyLogins::summary(pruned); !tidied.isEmpty())
            io.err << tidied << Qt::endl;
        key.wipe();
        return ExitOk;
    }
    const QList<DeploymentToken> tokens = DeploymentTokens(target).list(&error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DeploymentToken& t : tokens)
            array.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("hash_prefix"), t.hashPrefix},
                {QStringLiteral("state"), t.state(now)},
                {QStringLiteral("note"), t.note},
                {QStringLiteral("company"), t.company},
                {QStringLiteral("created_by"), t.createdBy},
                {QStringLiteral("created_at"), t.createdAt.toString(Qt::ISODate)},
                {QStringLiteral("expires_at"), t.expiresAt.toString(Qt::ISODate)},
                {QStringLiteral("used_at"), t.usedAt.isValid() ? t.usedAt.toString(Qt::ISODate) : QString()},
                {QStringLiteral("instance"), t.instanceName}});
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Token"), tr("State"), tr("Expires (UTC)"), tr("Company"), tr("Issued by"),
                     tr("Note")});
    for (const DeploymentToken& t : tokens)
        table.addRow({QString::number(t.id), t.hashPrefix + QStringLiteral("…"),
                      DeploymentTokens::describeState(t, now), time(t.expiresAt),
                      t.company.isEmpty() ? QStringLiteral("—") : t.company, t.createdBy, t.note});
    table.print(io.out);
    io.out << tr("%n token(s)", nullptr, int(tokens.size())) << u'\n';
    return ExitOk;
}

int TokenCommand::prune(const RegistryTarget& target, bool json, CommandIo& io)
{
    const DeploymentKeyLogins::Result result = DeploymentKeyLogins(target).prune();
    if (!result.error.isEmpty()) {
        io.err << result.error << Qt::endl;
        return RegistryOptions::exitCodeFor(result.error);
    }
    if (json) {
        QJsonArray array;
        for (const DeploymentKeyLogins::Pruned& p : result.logins)
            array.append(QJsonObject{
                {QStringLiteral("token_id"), p.tokenId},
                {QStringLiteral("login"), p.login},
                {QStringLiteral("reason"), p.used ? QStringLiteral("used") : QStringLiteral("expired")},
                {QStringLiteral("expires_at"), p.expiresAt.toString(Qt::ISODate)},
                {QStringLiteral("dropped"), p.dropped}});
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const DeploymentKeyLogins::Pruned& p : result.logins)
        io.out << DeploymentKeyLogins::describe(p) << u'\n';
    io.out << tr("%n login(s) pruned; the logins of unexpired keys, and of used keys until a day after "
                 "they expire (the client records its deployment with them), are kept",
                 nullptr, int(result.logins.size()))
           << u'\n';
    return ExitOk;
}
