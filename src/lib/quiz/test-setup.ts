// Vitest: every unit test sees the bank the build writes to /data/quiz.json, installed as the app does.
import { installBank } from './bank';
import { bankData } from './build-bank';

installBank(bankData());
