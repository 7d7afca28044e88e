#include "TelegramCommand.h"

#include "ExitCode.h"
#include "core/DeploymentSecrets.h"
#include "core/FieldRules.h"
#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramBotInfo.h"
#include "telegram/TelegramWebhookInfo.h"

#include <QEventLoop>
#include <QIODevice>
#include <QJsonDocument>

namespace {

int exitFor(const TelegramResult& result)
{
    switch (result.error) {
    case TelegramResult::Error::None:
        return ExitOk;
    case TelegramResult::Error::Unauthorized:
        return ExitAuthFailed;
    case TelegramResult::Error::Network:
        return ExitUnreachable;
    default:
        return ExitFailure;
    }
}

TelegramResult wait(TelegramCall* call)
{
    QEventLoop loop;
    QObject::connect(call, &TelegramCall::finished, &loop, &QEventLoop::quit);
    if (!call->isFinished())
        loop.exec();
    return call->result();
}

} // namespace

QString TelegramCommand::summary() const
{
    return tr("check a bot token: the bot's name and how it receives updates (check)");
}

int TelegramCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        tr("Telegram Bot API base URL (default $KKT_TELEGRAM_API_URL or https://api.telegram.org)"),
        QStringLiteral("URL"));
    parser.addOptions({json, apiUrl});
    parser.addPositionalArgument(
        QStringLiteral("check"),
        tr("check the token given on standard input or in %1").arg(QString::fromLatin1(botTokenEnv)));
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")}) {
        io.err << tr("telegram: the only action is check — echo TOKEN | kkt-deploy telegram check")
               << Qt::endl;
        return ExitUsage;
    }

    QString token = qEnvironmentVariable(botTokenEnv);
    if (token.isEmpty() && io.in)
        token = QString::fromUtf8(io.in->readLine(4096)).trimmed();
    const FieldCheck<QString> checked = FieldRules::botToken(token);
    token.fill(QChar(u'\0'));
    if (!checked.ok()) {
        io.err << tr("telegram check: the bot token (standard input or %1) %2 — %3")
                      .arg(QString::fromLatin1(botTokenEnv), checked.problem, checked.fix)
               << Qt::endl;
        return ExitUsage;
    }

    TelegramBotApi api;
    if (parser.isSet(apiUrl)) {
        const QUrl url(parser.value(apiUrl));
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            io.err << tr("telegram: --api-url “%1” is not an http(s) URL — e.g. https://api.telegram.org")
                          .arg(parser.value(apiUrl))
                   << Qt::endl;
            return ExitUsage;
        }
        api.setBaseUrl(url);
    }
    api.setToken(checked.value);

    const TelegramResult me = wait(api.getMe());
    if (!me.ok()) {
        io.err << tr("telegram check: %1").arg(me.message) << Qt::endl;
        return exitFor(me);
    }
    const TelegramBotInfo bot = TelegramBotInfo::fromJson(me.result.toObject());
    const TelegramResult hook = wait(api.getWebhookInfo());
    if (!hook.ok()) {
        io.err << tr("telegram check: %1").arg(hook.message) << Qt::endl;
        return exitFor(hook);
    }
    const TelegramWebhookInfo webhook = TelegramWebhookInfo::fromJson(hook.result.toObject());
    if (parser.isSet(json)) {
        const QJsonObject out{{QStringLiteral("id"), bot.id},
                              {QStringLiteral("first_name"), bot.firstName},
                              {QStringLiteral("username"), bot.username},
                              {QStringLiteral("webhook_url"), webhook.url},
                              {QStringLiteral("pending_update_count"), webhook.pendingUpdateCount}};
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    io.out << tr("Bot:      %1, id %2").arg(bot.displayName()).arg(bot.id) << u'\n';
    if (webhook.url.isEmpty()) {
        io.out << tr("Updates:  long polling (no webhook), %n update(s) pending", nullptr,
                     webhook.pendingUpdateCount)
               << u'\n';
    } else {
        io.out << tr("Updates:  webhook %1, %n update(s) pending", nullptr, webhook.pendingUpdateCount)
                      .arg(webhook.url)
               << u'\n';
        // payload-kkt-1.0.md: the bot polls; a webhook left behind would starve it.
        io.out << tr("Note:     the KKT 1.0 bot uses long polling; deployment deletes this webhook") << u'\n';
        if (!webhook.lastErrorMessage.isEmpty())
            io.out << tr("Last webhook error: %1").arg(webhook.lastErrorMessage) << u'\n';
    }
    return ExitOk;
}
