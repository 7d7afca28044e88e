#include "WebSecurityPage.h"

#include "FileDialogs.h"

#include "ui_WebSecurityPage.h"

#include <QDir>
#include <QFileInfo>

WebSecurityPage::WebSecurityPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::WebSecurityPage)
{
    m_ui->setupUi(this);
    for (QLabel* message : {m_ui->certificateError, m_ui->keyError, m_ui->tlsError, m_ui->profileError})
        setUpMessage(message);
    for (QLineEdit* edit : {m_ui->certificateEdit, m_ui->keyEdit, m_ui->profileEdit})
        watch(edit);
    watchOther(m_ui->acceptNoTlsCheck);
    for (QRadioButton* radio :
         {m_ui->letsEncryptRadio, m_ui->existingCertificateRadio, m_ui->noTlsRadio, m_ui->manageFirewallRadio,
          m_ui->leaveFirewallRadio, m_ui->testPathRadio, m_ui->testSubdomainRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                refresh();
        });
    }
    connect(m_ui->acceptNoTlsCheck, &QCheckBox::toggled, this, [this] {
        touch(m_ui->acceptNoTlsCheck);
        refresh();
    });
    connect(m_ui->browseProfileButton, &QPushButton::clicked, this, &WebSecurityPage::chooseProfile);
    load(false);
}

WebSecurityPage::~WebSecurityPage() = default;

TlsMode WebSecurityPage::selectedTls() const
{
    if (m_ui->existingCertificateRadio->isChecked())
        return TlsMode::Existing;
    if (m_ui->noTlsRadio->isChecked())
        return TlsMode::None;
    return TlsMode::LetsEncrypt;
}

void WebSecurityPage::chooseProfile()
{
    const QString current = m_ui->profileEdit->text().trimmed();
    const QString path =
        FileDialogs::openFileName(this, tr("Choose a payload profile"),
                                  current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
                                  tr("Payload profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->profileEdit->setText(path);
    touch(m_ui->profileEdit);
    refresh();
}

void WebSecurityPage::initializePage()
{
    // The mode is chosen on Welcome after this page was loaded: the /test/ choice and the plain-HTTP
    // acknowledgement follow it.
    refresh();
    DeploymentPage::initializePage();
}

void WebSecurityPage::loadFields()
{
    const WebConfig& web = config().web;
    m_ui->letsEncryptRadio->setChecked(web.tls == TlsMode::LetsEncrypt);
    m_ui->existingCertificateRadio->setChecked(web.tls == TlsMode::Existing);
    m_ui->noTlsRadio->setChecked(web.tls == TlsMode::None);
    m_ui->certificateEdit->setText(web.certificateFile);
    m_ui->keyEdit->setText(web.keyFile);
    m_ui->acceptNoTlsCheck->setChecked(web.acceptNoTls);
    m_ui->manageFirewallRadio->setChecked(config().firewall == FirewallMode::Manage);
    m_ui->leaveFirewallRadio->setChecked(config().firewall == FirewallMode::Leave);
    m_ui->profileEdit->setText(config().profile);
    m_ui->testPathRadio->setChecked(config().testWeb == TestWebMode::Path);
    m_ui->testSubdomainRadio->setChecked(config().testWeb == TestWebMode::Subdomain);
    m_ui->testWebGroup->setVisible(config().mode == DeploymentMode::Test);
}

void WebSecurityPage::refresh()
{
    if (isLoading())
        return;
    WebConfig& web = config().web;
    bool ok = true;
    web.tls = selectedTls();
    const bool existing = web.tls == TlsMode::Existing;
    const bool none = web.tls == TlsMode::None;
    const bool production = config().mode == DeploymentMode::Production;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->certificateLabel), static_cast<QWidget*>(m_ui->certificateEdit),
          static_cast<QWidget*>(m_ui->keyLabel), static_cast<QWidget*>(m_ui->keyEdit)})
        w->setEnabled(existing);
    web.certificateFile = m_ui->certificateEdit->text().trimmed();
    web.keyFile = m_ui->keyEdit->text().trimmed();
    if (existing) {
        const auto certificate = FieldRules::tlsFile(web.certificateFile, false);
        ok &= report(certificate, m_ui->certificateEdit, m_ui->certificateError, tr("Certificate file"));
        const auto key = FieldRules::tlsFile(web.keyFile, true);
        ok &= report(key, m_ui->keyEdit, m_ui->keyError, tr("Private key file"));
    } else {
        clearMessage(m_ui->certificateError);
        clearMessage(m_ui->keyError);
    }
    // The acknowledgement is asked only where it matters: plain HTTP on a production site.
    m_ui->acceptNoTlsCheck->setVisible(none && production);
    web.acceptNoTls = none && production && m_ui->acceptNoTlsCheck->isChecked();
    const auto plain = FieldRules::plainHttp(production, none, web.acceptNoTls);
    // Shown at once: choosing plain HTTP is the moment to say what it means.
    touch(m_ui->acceptNoTlsCheck);
    ok &= report(plain, m_ui->acceptNoTlsCheck, m_ui->tlsError, tr("TLS"));

    config().firewall = m_ui->leaveFirewallRadio->isChecked() ? FirewallMode::Leave : FirewallMode::Manage;
    m_ui->testWebGroup->setVisible(!production);
    config().testWeb = m_ui->testSubdomainRadio->isChecked() ? TestWebMode::Subdomain : TestWebMode::Path;

    const QString profile = m_ui->profileEdit->text().trimmed();
    if (profile.isEmpty()) {
        config().profile.clear();
        clearMessage(m_ui->profileError);
    } else {
        const auto checked = FieldRules::profileFile(profile);
        ok &= report(checked, m_ui->profileEdit, m_ui->profileError, tr("Payload profile"));
        config().profile = checked.ok() ? checked.value : profile;
    }
    setComplete(ok);
}
