#pragma once

#include <QJsonObject>
#include <QString>

class DeploymentWizard;
class WidgetDriver;

// The deployment wizard walked as a user, for TestDeploymentWizard and TestDeploymentWizardValidation:
// shown at a fixed size with the Server page's connection check skipped (TestConnectionCheckPanel
// tests it against a real sshd), Next clicked, the pages filled with valid data, the configuration
// saved from Review.
class WizardWalk
{
public:
    // `dir` is the test's scratch folder (saved files, key files).
    explicit WizardWalk(const QString& dir);
    ~WizardWalk();
    WizardWalk(const WizardWalk&) = delete;
    WizardWalk& operator=(const WizardWalk&) = delete;

    DeploymentWizard* wizard() const { return m_wizard; }
    WidgetDriver* ui() const { return m_ui; }

    bool nextEnabled() const;
    // Clicks Next, which must be enabled and must change the page.
    void next();
    // From Welcome to Review with the sample values of expectedJson().
    void fillValidPages();
    // Review's Save…: the file's JSON, or an empty object when it is missing or holds a secret.
    QJsonObject savedJson();
    // Types `bad`, checks Next is disabled and `message` shows, then types `expected`.
    void refuse(const QString& field, const QString& bad, const QString& message, const QString& expected);

    // The file fillValidPages() saves.
    static QJsonObject expectedJson();
    static QString botToken() { return QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"); }
    static QString adminPassword() { return QStringLiteral("Kx7#mq2!Vb9$wz"); }

private:
    QString m_dir;
    DeploymentWizard* m_wizard = nullptr;
    WidgetDriver* m_ui = nullptr;
};
