#include "SshLogin.h"

#include "SshLogging.h"
#include "SshSession.h"

#include <QFile>
#include <QFileInfo>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <cstring>

namespace {

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.join(QStringLiteral(", "));
}

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

SshLogin::SshLogin(SshSession& session)
    : m_ssh(session)
{}

SshError SshLogin::run()
{
    if (!m_ssh.isConnected())
        return SshError::make(SshError::ConnectionLost, tr("Not connected"));
    if (!m_ssh.m_hostKeyVerified)
        return SshError::make(SshError::HostKeyUnknown, tr("The host key has not been accepted"));

    int rc = ssh_userauth_none(m_ssh.m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_ssh.m_authenticated = true;
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return m_ssh.connectionError(SshError::ConnectionLost,
                                     tr("The server closed the connection during login"));
    const int methods = ssh_userauth_list(m_ssh.m_session, nullptr);
    QStringList tried;
    auto succeeded = [&](int result) {
        if (result == SSH_AUTH_SUCCESS) {
            m_ssh.m_authenticated = true;
            qCInfo(lcSsh) << "logged in to" << m_ssh.m_resolvedHost << "as" << m_ssh.m_resolvedUser << "by"
                          << tried.last();
        }
        return result == SSH_AUTH_SUCCESS;
    };

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        const bool agentAvailable =
            !m_ssh.m_target.agentSocket.isEmpty() || qEnvironmentVariableIsSet("SSH_AUTH_SOCK");
        if (m_ssh.m_target.useAgent && agentAvailable && m_ssh.m_target.identityFile.isEmpty()) {
            tried << tr("ssh-agent");
            rc = ssh_userauth_agent(m_ssh.m_session, nullptr);
            if (succeeded(rc))
                return {};
            if (rc == SSH_AUTH_ERROR && !m_ssh.isConnected())
                return m_ssh.connectionError(SshError::ConnectionLost,
                                             tr("The connection dropped during login"));
            tried.last() = tr("ssh-agent (no key accepted)");
        }
        if (!m_ssh.m_target.identityFile.isEmpty()) {
            const QString file = m_ssh.m_target.identityFile;
            tried << tr("key file %1").arg(file);
            if (!QFileInfo(file).isReadable()) {
                tried.last() = tr("key file %1 (cannot be read)").arg(file);
            } else {
                ssh_key key = nullptr;
                QByteArray pass = m_ssh.m_target.passphrase.toUtf8();
                int imported = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                                           pass.isEmpty() ? nullptr : pass.constData(),
                                                           nullptr, nullptr, &key);
                if (imported != SSH_OK && pass.isEmpty() && m_ssh.m_passphraseProvider) {
                    // Most likely encrypted: ask once. The passphrase is not kept after use.
                    QString asked = m_ssh.m_passphraseProvider(file);
                    pass = asked.toUtf8();
                    asked.fill(QChar(u'\0'));
                    if (!pass.isEmpty())
                        imported = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(),
                                                               pass.constData(), nullptr, nullptr, &key);
                }
                const bool hadPassphrase = !pass.isEmpty();
                wipe(pass);
                if (imported != SSH_OK) {
                    tried.last() = hadPassphrase
                                       ? tr("key file %1 (wrong passphrase or not a key)").arg(file)
                                       : tr("key file %1 (protected by a passphrase, none given)").arg(file);
                } else {
                    rc = ssh_userauth_publickey(m_ssh.m_session, nullptr, key);
                    ssh_key_free(key);
                    if (succeeded(rc))
                        return {};
                    tried.last() = tr("key file %1 (refused)").arg(file);
                }
            }
        } else {
            // IdentityFile from ~/.ssh/config or the default ~/.ssh/id_* files. The callbacks stay
            // registered as long as the session lives: libssh cannot unregister them (it refuses
            // a null pointer) and reads them again later, e.g. for a global request the server
            // sends after the login — a struct on this stack would be gone by then.
            if (!m_ssh.m_callbacks) {
                m_ssh.m_callbacks = std::make_unique<ssh_callbacks_struct>();
                *m_ssh.m_callbacks = {};
                ssh_callbacks_init(m_ssh.m_callbacks.get());
                m_ssh.m_callbacks->userdata = &m_ssh;
                m_ssh.m_callbacks->auth_function = [](const char* prompt, char* buf, size_t len, int, int,
                                                      void* userdata) {
                    auto* self = static_cast<SshSession*>(userdata);
                    QByteArray pass = self->m_target.passphrase.toUtf8();
                    if (pass.isEmpty() && self->m_passphraseProvider) {
                        QString asked = self->m_passphraseProvider(QString::fromUtf8(prompt));
                        pass = asked.toUtf8();
                        asked.fill(QChar(u'\0'));
                    }
                    if (pass.isEmpty() || size_t(pass.size()) >= len) {
                        wipe(pass);
                        return -1;
                    }
                    memcpy(buf, pass.constData(), size_t(pass.size()) + 1);
                    wipe(pass);
                    return 0;
                };
            }
            ssh_set_callbacks(m_ssh.m_session, m_ssh.m_callbacks.get());
            tried << tr("default key files");
            rc = ssh_userauth_publickey_auto(m_ssh.m_session, nullptr, nullptr);
            if (succeeded(rc))
                return {};
            tried.last() = tr("default key files (none accepted)");
        }
    }

    if (!m_ssh.m_target.password.isEmpty() && (methods & SSH_AUTH_METHOD_PASSWORD)) {
        tried << tr("password");
        QByteArray password = m_ssh.m_target.password.toUtf8();
        rc = ssh_userauth_password(m_ssh.m_session, nullptr, password.constData());
        wipe(password);
        if (succeeded(rc))
            return {};
        tried.last() = tr("password (refused)");
    }
    if (!m_ssh.m_target.password.isEmpty() && (methods & SSH_AUTH_METHOD_INTERACTIVE)) {
        tried << tr("keyboard-interactive");
        QByteArray password = m_ssh.m_target.password.toUtf8();
        bool answered = false;
        rc = ssh_userauth_kbdint(m_ssh.m_session, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO) {
            const int prompts = ssh_userauth_kbdint_getnprompts(m_ssh.m_session);
            bool canAnswer = true;
            for (int i = 0; i < prompts; ++i) {
                char echo = 0;
                ssh_userauth_kbdint_getprompt(m_ssh.m_session, unsigned(i), &echo);
                // Only the hidden password prompt can be answered without a human; asking twice
                // means the password was wrong.
                if (echo || answered) {
                    canAnswer = false;
                    break;
                }
                ssh_userauth_kbdint_setanswer(m_ssh.m_session, unsigned(i), password.constData());
            }
            if (!canAnswer)
                break;
            answered = prompts > 0 || answered;
            rc = ssh_userauth_kbdint(m_ssh.m_session, nullptr, nullptr);
        }
        wipe(password);
        if (succeeded(rc))
            return {};
        tried.last() = tr("keyboard-interactive (refused)");
    }

    if (!m_ssh.isConnected())
        return m_ssh.connectionError(SshError::ConnectionLost,
                                     tr("The server closed the connection during login"));
    if (tried.isEmpty())
        tried << tr("nothing (no key, agent or password was available)");
    return SshError::make(SshError::AuthFailed,
                          tr("Login as %1 on %2 failed. The server accepts: %3. Tried: %4. Check the user "
                             "name and the password or key, or add your public key to the server's "
                             "~/.ssh/authorized_keys.")
                              .arg(m_ssh.m_resolvedUser, m_ssh.m_resolvedHost,
                                   methods ? methodNames(methods) : tr("nothing it reported"),
                                   tried.join(QStringLiteral("; "))));
}
