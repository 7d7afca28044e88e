#pragma once

#include "registry/DeploymentToken.h"

#include <QDialog>

#include <memory>

class QBoxLayout;
class RegistryWorker;
namespace Ui {
class IssueTokenDialog;
}

// Registry tab → Issue self-service token…: issues a one-time deployment token for a client
// company with an expiry, shows it once with the instructions to hand over, and lists every token
// with its state (unused, redeemed by instance X, expired). The database work runs on the Registry
// tab's worker thread.
class IssueTokenDialog : public QDialog
{
    Q_OBJECT

public:
    IssueTokenDialog(RegistryWorker* worker, QWidget* parent = nullptr);
    // The Registry tab's button that opens this dialog (on the central registry only: tokens are
    // redeemed there).
    static void addButton(QBoxLayout* toolbar, RegistryWorker* worker, QWidget* tab);
    ~IssueTokenDialog() override;

    void issue();
    void reloadTokens();

signals:
    // For tests: the list was read, or a token was issued (empty when it failed).
    void tokensLoaded(int count);
    void issued(const QString& token);

private:
    struct Issued
    {
        QString token;
        QDateTime expires;
        QString error;
        QString pruned; // what pruning the logins of expired keys did, if anything
    };
    struct Listed
    {
        QList<DeploymentToken> tokens;
        QString error;
    };
    void showIssued(const Issued& result, const QString& company);
    void showTokens(const Listed& listed);
    void showMessage(const QString& text, bool error);
    QString instructions(const QString& token, const QDateTime& expires) const;

    std::unique_ptr<Ui::IssueTokenDialog> m_ui;
    RegistryWorker* m_worker;
};
