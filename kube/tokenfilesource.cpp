#include "kube/tokenfilesource.h"

#include <QFile>
#include <QFileInfo>

namespace Slipway {

TokenFileSource::TokenFileSource(const QString &path, const QString &fallbackToken)
    : m_path(path)
    , m_token(fallbackToken)
{}

QString TokenFileSource::token()
{
    if (m_path.isEmpty())
        return m_token;
    const QFileInfo info(m_path);
    if (!info.exists() || (info.lastModified() == m_modified && info.size() == m_size))
        return m_token;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return m_token;
    // A token is a few KB; never read a device or a huge file whole (the kubeconfig check refused it).
    const QString value = QString::fromUtf8(file.read(1024 * 1024)).trimmed();
    if (!value.isEmpty()) {
        m_token = value;
        m_modified = info.lastModified();
        m_size = info.size();
        ++m_readCount;
    }
    return m_token;
}

} // namespace Slipway
