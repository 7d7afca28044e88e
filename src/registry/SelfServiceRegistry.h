#pragma once

#include "DeploymentKey.h"
#include "HistoryRecord.h"
#include "InstanceRecord.h"
#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

// The self-service edition's only way into the central registry: the functions of migrations 003
// and 007, called with the one-time deployment token. The client's role can read no table; the
// token stands for the one instance it was redeemed for. Not on the GUI thread (database calls).
class SelfServiceRegistry
{
    Q_DECLARE_TR_FUNCTIONS(SelfServiceRegistry)

public:
    struct TokenStatus
    {
        enum class State
        {
            Unknown, // no such token
            Unused,  // valid, not redeemed yet
            Expired,
            Used,  // redeemed for another instance
            Yours, // redeemed for this client's instance (a retry or a resumed deployment)
        };
        State state = State::Unknown;
        QString company;
        QDateTime expiresAt;
        bool usable() const { return state == State::Unused || state == State::Yours; }
        // What the user reads: valid until …, or why the token is refused and what to do.
        QString message() const;
    };

    explicit SelfServiceRegistry(RegistryTarget target);
    // Through the key's own login; a login the registry refuses after the key's expiry is said to
    // have expired. `target` is key.target() (made once by the caller).
    SelfServiceRegistry(RegistryTarget target, const DeploymentKey& key);

    // The registry a client reaches with what it entered: a deployment key's registry and login,
    // or, for a bare token, the registry configured in the settings with its password from the
    // keychain (may wait for it: never on the GUI thread). *token is the token; *error when the
    // entry or the registry is not usable.
    static SelfServiceRegistry forClient(const QString& entered, QString* token, QString* error);
    // What Welcome and Review ask before a deployment: the state of the entered key (or bare
    // token) for the instance on `host` (empty: not known yet), without spending it.
    static bool check(const QString& entered, const QString& host, TokenStatus* status, QString* error);
    const RegistryTarget& target() const { return m_target; }
    // The instance a token creates on a server: the same server and token always give the same
    // UUID, so a retry or resume is recognised; a second server with the same token is another one.
    static QUuid instanceUuid(const QString& host, const QString& token);
    // "kkt_" and 43 characters of base64url: a problem text naming the field, or empty.
    static QString formatProblem(const QString& token);

    // Does not spend the token. False with *error when the registry cannot be asked.
    bool status(const QString& token, const QUuid& instance, TokenStatus* status, QString* error) const;
    // Redeems the token for `instance` (atomically, once; the same instance again is no error).
    bool redeem(const QString& token, const InstanceRecord& instance, QString* error);
    bool recordInstance(const QString& token, const InstanceRecord& instance, QString* error);
    bool recordHistory(const QString& token, const HistoryRecord& record, QString* error);
    std::optional<InstanceRecord> ownInstance(const QString& token, QString* error) const;
    QList<HistoryRecord> ownHistory(const QString& token, QString* error) const;
    // The registry's public key for sealing credentials (raw bytes); empty when none exists.
    QByteArray publicKey(QString* error) const;

private:
    // A refusal raised by the token's functions, as the user reads it.
    static QString refusal(const QString& reason);
    // Runs `SELECT function(?, …)` and returns its single value; invalid with *error on failure.
    QVariant call(const QString& function, const QVariantList& arguments, QString* error) const;

    RegistryTarget m_target;
    DeploymentKey m_key; // its expiry only (for the message when the login is refused)
};
