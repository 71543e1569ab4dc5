// Runs before npm start / host / test: better-sqlite3 13 and Electron 45 need Node >= 22.12.
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < 22 || (parts[0] === 22 && parts[1] < 12)) {
  console.error(
    'ThuKy cần Node.js 22.12 trở lên (máy đang có ' + process.versions.node + '). ' +
      'Hãy cài Node.js 22 LTS từ nodejs.org rồi chạy lại.\n' +
      'ThuKy needs Node.js 22.12 or newer (found ' + process.versions.node + '). ' +
      'Install Node.js 22 LTS from nodejs.org and try again.'
  );
  process.exit(1);
}
