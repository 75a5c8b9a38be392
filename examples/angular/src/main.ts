// Compiled in the browser (JIT) so the example needs no Angular CLI; an Angular CLI app
// compiles ahead of time and needs neither of the first two lines.
import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component.ts';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((e) => console.error(e));
