#include "ConfigFile.h"

#include "Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

bool isSecretKey(const QString& key)
{
    static const QStringList allowed{QStringLiteral("passwordMode")};
    static const QStringList secretWords{QStringLiteral("token"),      QStringLiteral("password"),
                                         QStringLiteral("passphrase"), QStringLiteral("secret"),
                                         QStringLiteral("privatekey"), QStringLiteral("apikey"),
                                         QStringLiteral("credential")};
    if (allowed.contains(key))
        return false;
    QString folded = key.toLower();
    folded.remove(u'_').remove(u'-');
    for (const QString& word : secretWords) {
        if (folded.contains(word))
            return true;
    }
    return false;
}

bool looksLikeSecretValue(const QString& value)
{
    static const QRegularExpression botToken(QStringLiteral("[0-9]{5,20}:[A-Za-z0-9_-]{35}"));
    return botToken.match(value).hasMatch() || value.contains(QStringLiteral("PRIVATE KEY-----"));
}

void collectSecrets(const QJsonValue& value, const QString& path, ValidationIssues* issues);

void collectSecretsInObject(const QJsonObject& object, const QString& path, ValidationIssues* issues)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
        const bool empty = it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty());
        if (isSecretKey(it.key()) && !empty)
            issues->append(
                {field, ConfigFile::tr("holds a secret, and secrets are never stored in configuration files"),
                 ConfigFile::tr("remove it; KKT Deploy takes secrets from the OS keychain, an environment "
                                "variable (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD, "
                                "KKT_SSH_PASSPHRASE) or standard input")});
        else
            collectSecrets(it.value(), field, issues);
    }
}

void collectSecrets(const QJsonValue& value, const QString& path, ValidationIssues* issues)
{
    if (value.isObject()) {
        collectSecretsInObject(value.toObject(), path, issues);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectSecrets(array.at(i), path + QStringLiteral("[%1]").arg(i), issues);
    } else if (value.isString() && looksLikeSecretValue(value.toString())) {
        issues->append(
            {path, ConfigFile::tr("holds what looks like a bot token or private key"),
             ConfigFile::tr("remove it; secrets come from the OS keychain, an environment variable or "
                            "standard input, never from a configuration file")});
    }
}

} // namespace

ValidationIssues ConfigFile::findSecrets(const QJsonObject& json)
{
    ValidationIssues issues;
    collectSecretsInObject(json, QString(), &issues);
    return issues;
}

ConfigFile::Loaded ConfigFile::parse(const QByteArray& data)
{
    Loaded loaded;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qMin<qsizetype>(parseError.offset, data.size());
        const int line = int(data.left(offset).count('\n')) + 1;
        loaded.error =
            tr("the file is not valid JSON: %1 at line %2").arg(parseError.errorString()).arg(line);
        return loaded;
    }
    if (!doc.isObject()) {
        loaded.error = tr("the file must hold one JSON object { … }, as written by Save configuration");
        return loaded;
    }
    loaded.issues = findSecrets(doc.object());
    loaded.config = DeploymentConfig::fromJson(doc.object(), &loaded.issues);
    return loaded;
}

ConfigFile::Loaded ConfigFile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Loaded loaded;
        loaded.error = tr("cannot read “%1”: %2").arg(path, file.errorString());
        return loaded;
    }
    // A configuration is a few hundred bytes; refuse to swallow something huge by mistake.
    constexpr qint64 maxSize = 1024 * 1024;
    if (file.size() > maxSize) {
        Loaded loaded;
        loaded.error = tr("“%1” is larger than 1 MiB and cannot be a deployment configuration").arg(path);
        return loaded;
    }
    qCDebug(lcConfig) << "loading configuration" << path;
    return parse(file.readAll());
}

bool ConfigFile::save(const QString& path, const DeploymentConfig& config, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write “%1”: %2").arg(path, file.errorString());
        return false;
    }
    qCInfo(lcConfig) << "saved configuration" << path;
    return true;
}
