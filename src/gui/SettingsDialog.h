#pragma once

#include "registry/RegistryTarget.h"

#include <QDialog>

#include <memory>

class QLabel;
class RegistrySignIn;
class SecretStore;
namespace Ui {
class SettingsDialog;
}

// File → Settings…: the registry connection (embedded, or the central PostgreSQL registry with a
// "Sign in" that proves the staff role's password off the GUI thread and keeps it in the keychain),
// the release source (GitHub API base URL, repository, optional token in the keychain), the
// Telegram API base URL and the language. Save writes QSettings; secrets go only to the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    static QString languageSettingsKey() { return QStringLiteral("ui/language"); }
    // "en", "ru", or empty for the system's language.
    static QString storedLanguage();

    // Validates every field, stores a typed token, writes the settings and closes; on bad input
    // the dialog stays open with an inline message.
    void accept() override;

signals:
    // The registry the Registry tab should use is another one, or signed in with a new password.
    void registryChanged();

private:
    void load();
    void updateRegistryFields();
    // The central registry described by the fields; empty *problem means valid.
    RegistryTarget centralTarget(QString* problem) const;
    void signIn();
    void cancelSignIn();
    void finishSignIn(const RegistryTarget& target, bool ok, const QString& message, const QString& details);
    void setSigningIn(bool running);
    void refreshTokenState();
    void removeToken();
    QUrl githubApiBase() const;
    // Empty when `text` is empty (the default) or a usable http(s) API base URL.
    static QString urlProblem(const QString& field, const QString& text, const QString& example);
    bool validate();
    void save();
    void showMessage(QLabel* label, const QString& text, bool error);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    SecretStore* m_keychain;
    RegistrySignIn* m_signIn;
    QString m_originalRegistryUrl;
    QString m_signedInKey; // RegistryTarget::key() of the last successful sign-in
    bool m_tokenStored = false;
    bool m_saving = false;
};
