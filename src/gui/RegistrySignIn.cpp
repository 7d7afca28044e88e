#include "RegistrySignIn.h"

#include "GuiLogging.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistryKeychain.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

// Runs on a worker thread.
RegistrySignIn::Result signInOffThread(const RegistryTarget& target,
                                       const std::shared_ptr<std::atomic_bool>& cancelled)
{
    RegistrySignIn::Result result;
    {
        const QSqlDatabase db = RegistryConnection::open(target, &result.error);
        result.ok = db.isValid();
    }
    RegistryConnection::drop(target);
    if (!result.ok || *cancelled)
        return result;
    result.stored =
        RegistryKeychain::write(target.passwordKeychainKey(), target.password.toUtf8(), &result.error);
    return result;
}

} // namespace

RegistrySignIn::RegistrySignIn(QObject* parent)
    : QObject(parent)
{}

RegistrySignIn::~RegistrySignIn()
{
    // A sign-in still running stores nothing once nobody sees its answer.
    if (m_cancelled)
        *m_cancelled = true;
}

void RegistrySignIn::start(const RegistryTarget& target)
{
    if (m_watcher)
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, [this, target, watcher = m_watcher] {
        const Result result = watcher->result();
        watcher->deleteLater();
        if (watcher != m_watcher)
            return; // cancelled: already answered
        m_watcher = nullptr;
        if (!result.ok) {
            qCDebug(lcGui) << "registry sign-in failed:" << result.error;
            emit finished(target, false, failureMessage(target, result), result.error);
        } else if (!result.stored) {
            emit finished(target, false, failureMessage(target, result), result.error);
        } else {
            emit finished(target, true, QString(), QString());
        }
    });
    qCDebug(lcGui) << "signing in to" << target.display();
    m_watcher->setFuture(QtConcurrent::run(signInOffThread, target, m_cancelled));
}

void RegistrySignIn::cancel()
{
    if (!m_watcher)
        return;
    *m_cancelled = true;
    m_watcher = nullptr; // its answer is dropped when it comes
}

QString RegistrySignIn::failureMessage(const RegistryTarget& target, const Result& result)
{
    if (result.ok && !result.stored)
        return tr("The password is right, but the keychain did not store it: %1 — unlock the keychain and "
                  "sign "
                  "in again.")
            .arg(result.error);
    // libpq's English words name the cause; the user reads it translated, the raw text stays in the
    // tooltip and the debug log.
    const auto says = [&result](const char* words) {
        return result.error.contains(QLatin1String(words));
    };
    const bool refused = says("password authentication failed") || says("no password supplied");
    const bool away = says("Connection refused") || says("could not translate host name") ||
                      says("timeout expired") || says("No route to host") || says("could not connect");
    if (refused)
        return tr("Password: PostgreSQL refused role “%1” with this password — check it and sign in again. "
                  "Nothing was stored.")
            .arg(target.user);
    if (away)
        return tr("Host and port: %1:%2 did not answer — check them and that the server accepts "
                  "connections from this computer. Nothing was stored.")
            .arg(target.host)
            .arg(target.port);
    if (says("database") && says("does not exist"))
        return tr("Database: “%1” does not exist on %2 — check the name. Nothing was stored.")
            .arg(target.database, target.host);
    if (says("role") && says("does not exist"))
        return tr("Role: “%1” does not exist on %2 — check the name or ask the registry's administrator. "
                  "Nothing was stored.")
            .arg(target.user, target.host);
    if (says("pg_hba.conf"))
        return tr("The server does not let role “%1” in from this computer (pg_hba.conf) — ask the "
                  "registry's administrator. Nothing was stored.")
            .arg(target.user);
    return tr("Sign-in failed: PostgreSQL did not accept the connection (the details are in the "
              "tooltip). Nothing was stored.");
}
