#pragma once

#include "registry/RegistryTarget.h"

#include <QObject>

#include <atomic>
#include <memory>

template <typename T>
class QFutureWatcher;

// Signing in to the central registry with one's own PostgreSQL role: connects off the GUI thread
// (a connect may take up to its timeout, the keychain seconds), and on success keeps the password
// in the keychain. The Settings dialog and the Welcome page both sign in through this one class.
class RegistrySignIn : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        bool stored = false;
        QString error;
    };

    explicit RegistrySignIn(QObject* parent = nullptr);
    ~RegistrySignIn() override;

    // `target` carries the typed password; finished() follows unless cancel() comes first.
    void start(const RegistryTarget& target);
    // A cancelled sign-in stores nothing, even when the password turns out right.
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

    // What the user reads about a failed sign-in: the field, the problem and what to do.
    static QString failureMessage(const RegistryTarget& target, const Result& result);

signals:
    // ok: the password is right and stored in the keychain. Otherwise `message` says why (for an
    // inline label) and `details` is the database's own text (for a tooltip).
    void finished(const RegistryTarget& target, bool ok, const QString& message, const QString& details);

private:
    QFutureWatcher<Result>* m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
