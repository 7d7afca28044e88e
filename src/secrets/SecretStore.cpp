#include "SecretStore.h"

#include "SecretsLogging.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::keyFor(Kind kind, const QString& host, int port, const QString& user)
{
    const QString prefix = kind == Kind::SshPassword     ? QStringLiteral("ssh-password")
                           : kind == Kind::KeyPassphrase ? QStringLiteral("key-passphrase")
                                                         : QStringLiteral("sudo-password");
    return QStringLiteral("%1/%2@%3:%4")
        .arg(prefix, user, host.trimmed().toLower())
        .arg(port > 0 ? port : 22);
}

QString SecretStore::passphraseKeyFor(const QString& host, int port, const QString& user,
                                      const QString& keyFile)
{
    QString path = keyFile.trimmed();
    if (path == QStringLiteral("~") || path.startsWith(QStringLiteral("~/")))
        path = QDir::homePath() + path.mid(1);
    return keyFor(Kind::KeyPassphrase, host, port, user) + u'/' +
           QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

SecretStore::Result SecretStore::resultFor(int keychainError, const QString& detail)
{
    Result result;
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        result.message = tr("Nothing is stored in the keychain for this server and user");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::NoBackend;
        result.message =
            tr("No keychain is available (no Secret Service such as GNOME Keyring or KWallet is "
               "running). KKT Deploy works without it, but cannot remember passwords: enter them "
               "each time.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::Denied;
        result.message =
            tr("The keychain refused access — it may be locked. Unlock it (for example by logging "
               "in to the desktop again) and retry; until then passwords are not remembered.");
        break;
    case QKeychain::OtherError:
        // libsecret reports a missing session bus or Secret Service only as a generic error.
        if (detail.contains(QStringLiteral("connect"), Qt::CaseInsensitive) ||
            detail.contains(QStringLiteral("org.freedesktop.secrets")) ||
            detail.contains(QStringLiteral("ServiceUnknown")) || detail.contains(QStringLiteral("DBus"))) {
            result = resultFor(QKeychain::NoBackendAvailable, detail);
            result.message += u' ' + tr("(Details: %1)").arg(detail);
            break;
        }
        Q_FALLTHROUGH();
    case QKeychain::CouldNotDeleteEntry:
        result.status = Status::Failed;
        result.message = tr("The keychain reported an error: %1. Passwords are not remembered.").arg(detail);
        break;
    }
    return result;
}

template <typename Job>
void SecretStore::run(Job* job, const QString& key, Callback done)
{
    // Exactly one answer: whichever comes first, the job or the timeout.
    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<Callback>(std::move(done));
    QPointer<SecretStore> self(this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [answered, callback, key](QKeychain::Job* finished) {
        if (*answered)
            return;
        *answered = true;
        Result result = resultFor(finished->error(), finished->errorString());
        if (result.ok()) {
            if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                result.secret = reader->textData();
        }
        qCDebug(lcSecrets) << "keychain" << finished->metaObject()->className() << key << "status"
                           << int(result.status);
        (*callback)(result);
    });
    QTimer::singleShot(m_timeoutMs, this, [answered, callback, key, seconds = (m_timeoutMs + 999) / 1000] {
        if (*answered)
            return;
        *answered = true;
        qCWarning(lcSecrets) << "keychain job for" << key << "timed out";
        Result result;
        result.status = Status::TimedOut;
        result.message =
            tr("The keychain did not answer within %n second(s) — it may be locked and waiting for "
               "a password. Passwords are not remembered this time.",
               nullptr, seconds);
        (*callback)(result);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    run(job, key, std::move(done));
}

void SecretStore::read(const QString& key, Callback done)
{
    run(new QKeychain::ReadPasswordJob(serviceName()), key, std::move(done));
}

void SecretStore::remove(const QString& key, Callback done)
{
    run(new QKeychain::DeletePasswordJob(serviceName()), key, std::move(done));
}

SecretStore::Result SecretStore::readNow(const QString& key)
{
    // The job's own timeout guarantees an answer, so the loop always ends.
    Result answer;
    bool done = false;
    QEventLoop loop;
    read(key, [&](const Result& result) {
        answer = result;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return answer;
}
