#include "RegistryTarget.h"

#include "RegistryKeychain.h"
#include "RegistryTls.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

QString RegistryTarget::driverName() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString RegistryTarget::display() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(sqlitePath);
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    return text + QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database);
}

QString RegistryTarget::url() const
{
    if (!isPostgres() || (sslMode.isEmpty() && caFile.isEmpty()))
        return display();
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"),
                           QString(caFile).replace(u'%', QStringLiteral("%25")));
    return display() + u'?' + query.toString(QUrl::FullyEncoded);
}

QString RegistryTarget::key() const
{
    return display();
}

QString RegistryTarget::passwordKeychainKey() const
{
    return QStringLiteral("registry-password/") + display();
}

RegistryTarget RegistryTarget::parse(const QString& text, QString* error)
{
    RegistryTarget target;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QStringLiteral("postgresql://")) ||
        trimmed.startsWith(QStringLiteral("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error =
                tr("--registry: the PostgreSQL URL is not valid — use postgresql://USER@HOST:PORT/DATABASE");
            return {};
        }
        if (!url.password().isEmpty()) {
            *error = tr("--registry: the URL contains a password — remove it and give the password through "
                        "the keychain, KKT_REGISTRY_PASSWORD or --password-stdin");
            return {};
        }
        target.kind = Kind::Postgres;
        target.host = url.host();
        target.port = url.port(5432);
        target.user = url.userName();
        target.database = url.path().mid(1);
        if (target.database.isEmpty() || target.database.contains(u'/')) {
            *error = tr("--registry: the URL names no database — add it after the host, e.g. "
                        "postgresql://alice@db.example/kkt_master_registry");
            return {};
        }
        const QUrlQuery query(url);
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (name == QStringLiteral("sslmode")) {
                if (const QString problem =
                        RegistryTls::modeProblem(QStringLiteral("--registry: sslmode"), value);
                    !problem.isEmpty()) {
                    *error = problem;
                    return {};
                }
                target.sslMode = value;
            } else if (name == QStringLiteral("sslrootcert") && !value.isEmpty()) {
                target.caFile = value;
            } else {
                *error = tr("--registry: the URL has “%1=…”, which KKT Deploy does not use — remove it; only "
                            "sslmode and sslrootcert are understood")
                             .arg(name);
                return {};
            }
        }
        return target;
    }
    QString path = trimmed;
    if (path.startsWith(QStringLiteral("sqlite:")))
        path = path.mid(7);
    if (path.isEmpty() ||
        !(path.endsWith(QStringLiteral(".sqlite")) || path.endsWith(QStringLiteral(".db")) ||
          trimmed.startsWith(QStringLiteral("sqlite:")))) {
        *error = tr("--registry: “%1” is neither a postgresql:// URL nor an SQLite file — use "
                    "postgresql://USER@HOST:PORT/DATABASE or sqlite:PATH")
                     .arg(trimmed);
        return {};
    }
    target.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return target;
}

RegistryTarget RegistryTarget::embedded()
{
    RegistryTarget target;
    target.sqlitePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                        QStringLiteral("/registry.sqlite");
    return target;
}

RegistryTarget RegistryTarget::configuredWithoutPassword(QString* note)
{
    const QString url = QSettings().value(settingsKey()).toString();
    if (url.isEmpty())
        return embedded();
    QString error;
    const RegistryTarget target = parse(url, &error);
    if (!error.isEmpty()) {
        *note = error;
        return embedded();
    }
    return target;
}

RegistryTarget RegistryTarget::configured(QString* note)
{
    RegistryTarget target = configuredWithoutPassword(note);
    target.loadPassword(note);
    return target;
}

bool RegistryTarget::loadPassword(QString* note, bool fromKeychain)
{
    if (!isPostgres() || !password.isEmpty())
        return true;
    if (qEnvironmentVariableIsSet(passwordEnv)) {
        password = qEnvironmentVariable(passwordEnv);
        return true;
    }
    if (!fromKeychain)
        return true;
    QByteArray stored;
    QString error;
    if (RegistryKeychain::read(passwordKeychainKey(), &stored, &error))
        password = QString::fromUtf8(stored);
    stored.fill('\0');
    if (!error.isEmpty())
        *note = error;
    return error.isEmpty();
}
