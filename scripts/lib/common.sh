# Shared by the README commands: installs only the missing Debian 12 packages, then builds.
# Works as root or as a user with sudo.

SLIPWAY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building and running Slipway needs (Qt 6.4 from Debian 12).
SLIPWAY_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libyaml-cpp-dev libspdlog-dev libgl-dev libssl-dev
    fonts-noto-cjk
)
# What the test suite needs on top: a virtual display, PDF tools, openssl.
SLIPWAY_TEST_PACKAGES=(xvfb xauth poppler-utils openssl)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "slipway: need root to install packages: run as root or install sudo" >&2
        return 1
    fi
}

install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "slipway: all required packages are installed"
        return 0
    fi
    echo "slipway: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build <build-dir> <build-type> [extra cmake args...]
build_slipway() {
    local dir=$1 type=$2
    shift 2
    local launcher=()
    # ccache, when the machine has it, makes rebuilds in another checkout cheap (paths are taken
    # relative to the checkout, so clones share the cache).
    if command -v ccache >/dev/null 2>&1; then
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SLIPWAY_ROOT}
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$SLIPWAY_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
