#include "ServerPage.h"

#include "ConnectionCheckPanel.h"
#include "FileDialogs.h"

#include "ui_ServerPage.h"

#include <QCheckBox>
#include <QDir>

namespace {

// Rows of authCombo, in the order of the .ui file.
constexpr SshAuth authByIndex[] = {SshAuth::Agent, SshAuth::Key, SshAuth::Password};

} // namespace

ServerPage::ServerPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::ServerPage)
    , m_connectionCheck(new ConnectionCheckPanel)
{
    m_ui->setupUi(this);
    m_ui->connectionCheckLayout->addWidget(m_connectionCheck);
    // The Review page flags a deployment whose server was not tested.
    registerField(QStringLiteral("connectionCheckSkipped"), m_connectionCheck->skipCheckBox());
    registerField(QStringLiteral("connectionTested"), m_connectionCheck, "tested", SIGNAL(stateChanged()));
    connect(m_connectionCheck, &ConnectionCheckPanel::stateChanged, this, &ServerPage::refresh);
    for (QLabel* message : {m_ui->hostError, m_ui->portError, m_ui->userError, m_ui->identityFileError,
                            m_ui->sshPasswordError, m_ui->domainError})
        setUpMessage(message);
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->userEdit, m_ui->identityFileEdit, m_ui->keyPassphraseEdit,
                            m_ui->sshPasswordEdit, m_ui->domainEdit})
        watch(edit);
    watch(m_ui->portSpin);
    watch(m_ui->authCombo);
    connect(m_ui->browseIdentityButton, &QPushButton::clicked, this, &ServerPage::browseIdentityFile);
    load(false);
}

ServerPage::~ServerPage() = default;

SshAuth ServerPage::selectedAuth() const
{
    const int index = m_ui->authCombo->currentIndex();
    return index >= 0 && index < int(std::size(authByIndex)) ? authByIndex[index] : SshAuth::Agent;
}

void ServerPage::browseIdentityFile()
{
    const QString current = m_ui->identityFileEdit->text().trimmed();
    const QString path = FileDialogs::openFileName(
        this, tr("Choose the SSH private key"),
        current.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : current, tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->identityFileEdit->setText(path);
    touch(m_ui->identityFileEdit);
    refresh();
}

void ServerPage::loadFields()
{
    const ServerConfig& server = config().server;
    m_ui->hostEdit->setText(server.host);
    m_ui->portSpin->setValue(server.port);
    m_ui->userEdit->setText(server.user);
    for (int i = 0; i < int(std::size(authByIndex)); ++i) {
        if (authByIndex[i] == server.auth)
            m_ui->authCombo->setCurrentIndex(i);
    }
    m_ui->identityFileEdit->setText(server.identityFile);
    m_ui->keyPassphraseEdit->setText(secrets().keyPassphrase);
    m_ui->sshPasswordEdit->setText(secrets().sshPassword);
    m_ui->domainEdit->setText(server.domain);
}

void ServerPage::refresh()
{
    if (isLoading())
        return;
    ServerConfig& server = config().server;
    const SshAuth auth = selectedAuth();
    const bool key = auth == SshAuth::Key;
    const bool password = auth == SshAuth::Password;
    m_ui->formLayout->setRowVisible(m_ui->identityFileLayout, key);
    m_ui->formLayout->setRowVisible(m_ui->keyPassphraseEdit, key);
    m_ui->formLayout->setRowVisible(m_ui->sshPasswordEdit, password);

    bool ok = true;
    const auto host = FieldRules::host(m_ui->hostEdit->text());
    ok &= report(host, m_ui->hostEdit, m_ui->hostError, tr("Host"));
    server.host = host.ok() ? host.value : m_ui->hostEdit->text();

    server.port = m_ui->portSpin->value();
    ok &= report(FieldRules::port(server.port), m_ui->portSpin, m_ui->portError, tr("SSH port"));

    const auto user = FieldRules::sshUser(m_ui->userEdit->text());
    ok &= report(user, m_ui->userEdit, m_ui->userError, tr("User"));
    server.user = user.ok() ? user.value : m_ui->userEdit->text();

    server.auth = auth;
    server.identityFile.clear();
    secrets().keyPassphrase.clear();
    secrets().sshPassword.clear();
    if (key) {
        const auto identity = FieldRules::identityFile(m_ui->identityFileEdit->text());
        ok &= report(identity, m_ui->identityFileEdit, m_ui->identityFileError, tr("Key file"));
        server.identityFile = identity.ok() ? identity.value : m_ui->identityFileEdit->text();
        secrets().keyPassphrase = m_ui->keyPassphraseEdit->text();
    } else {
        clearMessage(m_ui->identityFileError);
    }
    if (password) {
        secrets().sshPassword = m_ui->sshPasswordEdit->text();
        const bool empty = secrets().sshPassword.isEmpty();
        showProblem(empty ? tr("is empty") : QString(),
                    tr("enter the password of the user on the server, or choose another login method"),
                    m_ui->sshPasswordEdit, m_ui->sshPasswordError, tr("SSH password"));
        ok &= !empty;
    } else {
        clearMessage(m_ui->sshPasswordError);
    }

    const auto domain = FieldRules::domain(m_ui->domainEdit->text());
    ok &= report(domain, m_ui->domainEdit, m_ui->domainError, tr("Domain"));
    server.domain = domain.ok() ? domain.value : m_ui->domainEdit->text();
    m_connectionCheck->setServer(server, secrets().sshPassword, secrets().keyPassphrase, ok);
    setComplete(ok && m_connectionCheck->allowsNext());
}
