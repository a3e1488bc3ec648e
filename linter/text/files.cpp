#include "text/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"

namespace unlint {

void write_file_atomically(const std::string& path, std::string_view bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) throw Error(path, 0, 0, std::string("cannot write: ") + std::strerror(errno));
    // A new file: the usual permissions, as the umask allows.
    mode_t mask = ::umask(0);
    ::umask(mask);
    st.st_mode = 0666 & ~mask;
  } else if ((st.st_mode & 0222) == 0) {
    throw Error(path, 0, 0, "is read-only; left unchanged");
  }
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : ".";
  std::string tmpl = dir + "/." + p.filename().string() + ".unlint-XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    throw Error(path, 0, 0, std::string("cannot create a temporary file beside it: ") +
                                std::strerror(errno));
  }
  auto fail = [&](const char* what) {
    int e = errno;
    ::close(fd);
    ::unlink(tmpl.c_str());
    throw Error(path, 0, 0, std::string(what) + std::strerror(e) + "; left unchanged");
  };
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write: ");
    }
    done += static_cast<size_t>(n);
  }
  if (::fchmod(fd, st.st_mode & 07777) != 0) fail("cannot set permissions: ");
  if (::fsync(fd) != 0) fail("cannot flush: ");
  if (::close(fd) != 0) {
    ::unlink(tmpl.c_str());
    throw Error(path, 0, 0, std::string("cannot close: ") + std::strerror(errno));
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    int e = errno;
    ::unlink(tmpl.c_str());
    throw Error(path, 0, 0, std::string("cannot replace: ") + std::strerror(e) + "; left unchanged");
  }
}

namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      lines.push_back(s.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  if (start < s.size()) lines.push_back(s.substr(start));
  return lines;
}

enum class Op { kKeep, kDelete, kInsert };

// Myers' O((N+M)D) shortest edit script over lines.
std::vector<Op> edit_script(const std::vector<std::string_view>& a,
                            const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;
  int found_d = -1;
  for (int d = 0; d <= max && found_d < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max]
                                                                         : v[k - 1 + max] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[k + max] = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
  }
  std::vector<Op> ops;
  int x = n, y = m;
  for (int d = found_d; d > 0; --d) {
    const std::vector<int>& pv = trace[d];
    int k = x - y;
    int prev_k = (k == -d || (k != d && pv[k - 1 + max] < pv[k + 1 + max])) ? k + 1 : k - 1;
    int prev_x = pv[prev_k + max], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) ops.push_back(Op::kKeep), --x, --y;
    ops.push_back(x == prev_x ? Op::kInsert : Op::kDelete);
    x = prev_x, y = prev_y;
  }
  while (x > 0 && y > 0) ops.push_back(Op::kKeep), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void append_line(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path) {
  if (before == after) return {};
  auto a = split_lines(before), b = split_lines(after);
  // Trim the common head and tail so the quadratic part only sees what changed.
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  std::vector<std::string_view> am(a.begin() + head, a.end() - tail), bm(b.begin() + head, b.end() - tail);
  std::vector<Op> ops(head, Op::kKeep);
  auto mid = edit_script(am, bm);
  ops.insert(ops.end(), mid.begin(), mid.end());
  ops.insert(ops.end(), tail, Op::kKeep);

  constexpr size_t kContext = 3;
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  const size_t n = ops.size();
  size_t i = 0, ai = 0, bi = 0, last_end = 0;
  while (i < n) {
    if (ops[i] == Op::kKeep) {
      ++i, ++ai, ++bi;
      continue;
    }
    // A hunk: up to kContext unchanged lines before the first change, and it runs on until more
    // than 2*kContext unchanged lines separate it from the next change.
    size_t back = std::min(kContext, i - last_end);
    size_t start = i - back, x = ai - back, y = bi - back;
    size_t last_change = i, j = i;
    for (; j < n; ++j) {
      if (ops[j] != Op::kKeep) {
        last_change = j;
      } else if (j - last_change > 2 * kContext) {
        break;
      }
    }
    size_t end = std::min(n, last_change + 1 + kContext);
    std::string body;
    size_t a0 = x, b0 = y, ac = 0, bc = 0;
    for (size_t k = start; k < end; ++k) {
      switch (ops[k]) {
        case Op::kKeep: append_line(body, ' ', a[x++]), ++y, ++ac, ++bc; break;
        case Op::kDelete: append_line(body, '-', a[x++]), ++ac; break;
        case Op::kInsert: append_line(body, '+', b[y++]), ++bc; break;
      }
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", ac ? a0 + 1 : a0, ac, bc ? b0 + 1 : b0, bc);
    out += body;
    i = last_end = end, ai = x, bi = y;
  }
  return out;
}

}  // namespace unlint
