// Owner-only directories and files with POSIX calls: std::filesystem creates them with the umask's mode.
#include <offertracker/adapters/system/owner_only_paths.hpp>

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace offertracker::adapters::system {
namespace {

constexpr mode_t directory_mode = S_IRWXU;
constexpr mode_t file_mode = S_IRUSR | S_IWUSR;

std::error_code last_error() { return {errno, std::generic_category()}; }

}  // namespace

void create_owner_only_directories(const std::filesystem::path& dir, std::error_code& ec) {
    ec.clear();
    // The missing components, deepest first.
    std::vector<std::filesystem::path> missing;
    auto deepest = dir.lexically_normal();
    if (!deepest.has_filename()) deepest = deepest.parent_path();  // "data/" is "data"
    for (auto p = deepest; !p.empty(); p = p.parent_path()) {
        struct stat info {};
        if (::stat(p.c_str(), &info) == 0) {
            if (!S_ISDIR(info.st_mode)) ec = std::make_error_code(std::errc::not_a_directory);
            break;
        }
        if (errno != ENOENT) {
            ec = last_error();
            break;
        }
        missing.push_back(p);
        if (p == p.parent_path()) break;
    }
    if (ec) return;
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), directory_mode) != 0) {
            struct stat info {};
            // Another process created it meanwhile: theirs, with their mode.
            if (errno == EEXIST && ::stat(it->c_str(), &info) == 0 && S_ISDIR(info.st_mode)) continue;
            ec = last_error();
            return;
        }
        // mkdir applied the umask, which may have taken the owner's own bits too.
        if (::chmod(it->c_str(), directory_mode) != 0) {
            ec = last_error();
            return;
        }
    }
}

void create_owner_only_directories(const std::filesystem::path& dir) {
    std::error_code ec;
    create_owner_only_directories(dir, ec);
    if (ec) throw std::filesystem::filesystem_error("cannot create the directory", dir, ec);
}

void create_owner_only_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, file_mode);
    if (fd < 0) {
        if (errno == EEXIST) return;
        throw std::filesystem::filesystem_error("cannot create the file", path, last_error());
    }
    const bool restricted = ::fchmod(fd, file_mode) == 0;  // the umask may have taken the owner's bits
    const std::error_code error = restricted ? std::error_code{} : last_error();
    ::close(fd);
    if (!restricted) throw std::filesystem::filesystem_error("cannot restrict the file", path, error);
}

}  // namespace offertracker::adapters::system
